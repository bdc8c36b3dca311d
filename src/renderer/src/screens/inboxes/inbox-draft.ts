import { z } from 'zod'
import { INBOX_TYPES } from '../../../../shared/contract/senders'
import type { OpInput } from '../../../../shared/contract/operations'

/** What the Add inbox form holds: typed text (ports too), so nothing typed is lost on a failure. */
export interface InboxFormValues {
  email_address: string
  display_name: string
  inbox_type: (typeof INBOX_TYPES)[number]
  smtp_host: string
  smtp_port: string
  smtp_username: string
  smtp_password: string
  imap_host: string
  imap_port: string
  imap_username: string
  imap_password: string
  daily_limit: string
}

/** Paths in display order; they are the API's field names, so a 422 lands on the same fields. */
export const INBOX_FORM_FIELDS = [
  'email_address', 'display_name', 'inbox_type', 'daily_limit',
  'smtp_host', 'smtp_port', 'smtp_username', 'smtp_password',
  'imap_host', 'imap_port', 'imap_username', 'imap_password'
] as const

/** The SMTP and IMAP field paths, for the collapsible sections that hold them. */
export const SMTP_FIELDS = ['smtp_host', 'smtp_port', 'smtp_username', 'smtp_password'] as const
/** See SMTP_FIELDS. */
export const IMAP_FIELDS = ['imap_host', 'imap_port', 'imap_username', 'imap_password'] as const

/** Empty form with the usual submission and IMAPS ports. */
export const EMPTY_INBOX: InboxFormValues = {
  email_address: '', display_name: '', inbox_type: 'CUSTOM_SMTP',
  smtp_host: '', smtp_port: '587', smtp_username: '', smtp_password: '',
  imap_host: '', imap_port: '993', imap_username: '', imap_password: '', daily_limit: ''
}

/** A whole address (something@domain.tld): the one shape every inbox form checks, and the wizard's lookup waits for. */
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

const required = (what: string) => z.string().trim().min(1, `${what} is required.`)
const portText = z.string().trim().regex(/^\d{1,5}$/, 'A port is a number from 1 to 65535.').refine((v) => Number(v) >= 1 && Number(v) <= 65535, 'A port is a number from 1 to 65535.')

/** The local rule of each field (required, an address with @, ports in range, an optional whole daily limit), shared by every inbox form. */
export const inboxFieldRules = {
  email_address: required('Email').regex(EMAIL_PATTERN, 'Enter the full address, like name@example.com.'),
  display_name: required('Display name'),
  inbox_type: z.enum(INBOX_TYPES),
  smtp_host: required('SMTP host'),
  smtp_port: portText,
  smtp_username: required('SMTP username'),
  smtp_password: z.string().min(1, 'SMTP password is required.'),
  imap_host: required('IMAP host'),
  imap_port: portText,
  imap_username: required('IMAP username'),
  imap_password: z.string().min(1, 'IMAP password is required.'),
  daily_limit: z.string().trim().regex(/^(\d+)?$/, 'Daily limit is a whole number (or empty for the provider default).')
}

/** Local checks before sending one inbox's fields (the single form and each imported row). */
export const inboxFormSchema: z.ZodType<InboxFormValues, InboxFormValues> = z.object(inboxFieldRules)

/** Checked form values → the `senders.create` input. */
export function inboxCreateInput(v: InboxFormValues): OpInput<'senders.create'> {
  const input: OpInput<'senders.create'> = {
    email_address: v.email_address.trim(), display_name: v.display_name.trim(), inbox_type: v.inbox_type,
    smtp_host: v.smtp_host.trim(), smtp_port: Number(v.smtp_port), smtp_username: v.smtp_username.trim(), smtp_password: v.smtp_password,
    imap_host: v.imap_host.trim(), imap_port: Number(v.imap_port), imap_username: v.imap_username.trim(), imap_password: v.imap_password
  }
  if (v.daily_limit.trim()) input.daily_limit = Number(v.daily_limit)
  return input
}

/** What each provider is called on screen (list and form alike). */
export const INBOX_TYPE_LABELS: Record<(typeof INBOX_TYPES)[number], string> = {
  GOOGLE_WORKSPACE: 'Google Workspace',
  OUTLOOK_365: 'Microsoft 365 / Outlook',
  CUSTOM_SMTP: 'Other (custom SMTP/IMAP)'
}
