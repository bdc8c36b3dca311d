import { z } from 'zod'
import type { MailCheckRequest, TlsMode } from '../../../../../shared/contract/mail-check'
import type { MailDiscoveryResult, TlsMode as DiscoveredTls } from '../../../../../shared/contract/mail-discovery'
import type { FieldIssue } from '../../../forms/field-issue'
import { EMPTY_INBOX, inboxFieldRules, type InboxFormValues } from '../inbox-draft'

/** The wizard's values: the API's inbox fields plus how each side encrypts and whether IMAP signs in like SMTP. */
export interface WizardValues extends InboxFormValues {
  smtp_security: TlsMode
  imap_security: TlsMode
  /** IMAP signs in with its own username or password (most providers share SMTP's; on shows the IMAP fields). */
  imap_separate_login: boolean
}

/** The wizard's steps in order, with the fields each one holds (a 422 on a field opens its step). */
export const WIZARD_STEPS = [
  { id: 'who', title: 'Who', fields: ['email_address', 'display_name', 'inbox_type', 'smtp_host', 'smtp_port', 'smtp_security', 'imap_host', 'imap_port', 'imap_security'] },
  { id: 'signin', title: 'Sign-in', fields: ['smtp_username', 'smtp_password', 'imap_separate_login', 'imap_username', 'imap_password'] },
  { id: 'test', title: 'Test', fields: [] },
  { id: 'create', title: 'Create', fields: ['daily_limit'] }
] as const

/** One step's id. */
export type WizardStepId = (typeof WIZARD_STEPS)[number]['id']

/** Every wizard field in display order (the forms layer routes issues to these, the rest to the banner). */
export const WIZARD_FIELDS: readonly string[] = WIZARD_STEPS.flatMap((s) => [...s.fields])

/** Empty wizard: the usual submission and IMAPS ports with their conventional encryption, one shared login. */
export const EMPTY_WIZARD: WizardValues = { ...EMPTY_INBOX, smtp_security: 'starttls', imap_security: 'ssl', imap_separate_login: false }

/** Local rules: the single form's per field, with the IMAP login required only when it differs from SMTP's. */
export const wizardSchema: z.ZodType<WizardValues, WizardValues> = z
  .object({
    ...inboxFieldRules,
    imap_username: z.string(),
    imap_password: z.string(),
    smtp_security: z.enum(['ssl', 'starttls']),
    imap_security: z.enum(['ssl', 'starttls']),
    imap_separate_login: z.boolean()
  })
  .superRefine((v, ctx) => {
    if (!v.imap_separate_login) return
    if (v.imap_username.trim() === '') ctx.addIssue({ code: 'custom', path: ['imap_username'], message: 'IMAP username is required.' })
    if (v.imap_password === '') ctx.addIssue({ code: 'custom', path: ['imap_password'], message: 'IMAP password is required.' })
  })

/** The step that holds a field path (the first step when the path is unknown). */
export function stepOfPath(path: string): WizardStepId {
  const head = path.split('.')[0] ?? ''
  return WIZARD_STEPS.find((s) => (s.fields as readonly string[]).includes(head))?.id ?? 'who'
}

/** The local problems of one step's fields (for Next), as issues the forms layer can place. */
export function stepIssues(values: WizardValues, step: WizardStepId): FieldIssue[] {
  const fields = WIZARD_STEPS.find((s) => s.id === step)?.fields as readonly string[]
  const parsed = wizardSchema.safeParse(values)
  if (parsed.success) return []
  return parsed.error.issues.filter((i) => fields.includes(String(i.path[0]))).map((i) => ({ path: i.path.join('.'), msg: i.message }))
}

/** The values with IMAP's login filled from SMTP's when they are shared: what is tested and sent. */
export function effectiveValues(v: WizardValues): WizardValues {
  return !v.imap_separate_login ? { ...v, imap_username: v.smtp_username, imap_password: v.smtp_password } : v
}

/** The conventional encryption of a port (465/993 implicit TLS, 587/143/25 STARTTLS), or null for others. */
export function conventionalSecurity(port: string): TlsMode | null {
  const n = Number(port)
  if (n === 465 || n === 993) return 'ssl'
  if (n === 587 || n === 143 || n === 25 || n === 2525) return 'starttls'
  return null
}

/** Discovery speaks `implicit`, the connection check `ssl`: one mapping between the two vocabularies. */
export function securityOf(tls: DiscoveredTls): TlsMode {
  return tls === 'implicit' ? 'ssl' : 'starttls'
}

/** What a discovery result puts in the form (servers, inbox type, usernames), leaving who and passwords alone. */
export function discoveredValues(found: MailDiscoveryResult): Partial<WizardValues> {
  const sameLogin = (found.smtp.username ?? found.email) === (found.imap.username ?? found.email)
  return {
    inbox_type: found.inboxType,
    smtp_host: found.smtp.host,
    smtp_port: String(found.smtp.port),
    smtp_security: securityOf(found.smtp.tls),
    imap_host: found.imap.host,
    imap_port: String(found.imap.port),
    imap_security: securityOf(found.imap.tls),
    smtp_username: found.smtp.username ?? found.email,
    ...(sameLogin ? {} : { imap_separate_login: true, imap_username: found.imap.username ?? found.email })
  }
}

/** The fields the connection test needs that are still empty, as issues to place on them. */
export function missingForCheck(v: WizardValues): FieldIssue[] {
  const e = effectiveValues(v)
  const needed: Array<keyof WizardValues> = ['smtp_host', 'smtp_port', 'smtp_username', 'smtp_password', 'imap_host', 'imap_port']
  if (v.imap_separate_login) needed.push('imap_username', 'imap_password')
  return needed.filter((path) => String(e[path]).trim() === '').map((path) => ({ path, msg: 'Needed for the connection test.' }))
}

/** The connection test's request from the wizard's values (IMAP's login shared with SMTP's when it is). */
export function checkRequestOf(v: WizardValues): MailCheckRequest {
  const e = effectiveValues(v)
  return {
    smtp: { host: e.smtp_host.trim(), port: Number(e.smtp_port), mode: e.smtp_security, username: e.smtp_username.trim(), password: e.smtp_password },
    imap: { host: e.imap_host.trim(), port: Number(e.imap_port), mode: e.imap_security, username: e.imap_username.trim(), password: e.imap_password }
  }
}

/** Issues about IMAP's login land on SMTP's fields while the two share one login (the IMAP fields are hidden then). */
export function placeSharedLoginIssues(issues: readonly FieldIssue[], v: WizardValues): FieldIssue[] {
  if (v.imap_separate_login) return [...issues]
  const moved: Record<string, string> = { imap_username: 'smtp_username', imap_password: 'smtp_password' }
  return issues.map((i) => (moved[i.path] ? { path: moved[i.path] as string, msg: `IMAP: ${i.msg}` } : i))
}
