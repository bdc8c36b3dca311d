import { z } from 'zod'
import { INBOX_TYPES } from './senders'

/** How a server expects TLS: implicit (465/993) or upgraded with STARTTLS (587/143). */
export const TlsModeSchema = z.enum(['implicit', 'starttls'])

/** Where a discovered setting came from, so the wizard can say "Found via MX → Microsoft 365". */
export const DiscoverySourceSchema = z.enum(['preset', 'mx', 'srv', 'autoconfig', 'ispdb', 'guess'])

/** One server endpoint (SMTP or IMAP) as discovered; `username` is already expanded from placeholders. */
export const MailServerSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  tls: TlsModeSchema,
  username: z.string().optional()
})

/** One complete candidate configuration with the source that produced it and why it was believed. */
export const DiscoveryCandidateSchema = z.object({
  source: DiscoverySourceSchema,
  provider: z.string().optional(),
  /** The bundled provider table's id (google, microsoft365, yahoo, icloud, fastmail…) when the provider is a known one. */
  providerId: z.string().max(40).optional(),
  inboxType: z.enum(INBOX_TYPES),
  smtp: MailServerSchema,
  imap: MailServerSchema,
  evidence: z.array(z.string())
})

/** The discovery answer: the chosen candidate's fields, every candidate found, and warnings for the operator. */
export const MailDiscoveryResultSchema = z.object({
  email: z.string(),
  domain: z.string(),
  provider: z.string().optional(),
  /** See DiscoveryCandidateSchema.providerId: what the wizard keys its credential guidance on. */
  providerId: z.string().max(40).optional(),
  inboxType: z.enum(INBOX_TYPES),
  smtp: MailServerSchema,
  imap: MailServerSchema,
  source: DiscoverySourceSchema,
  evidence: z.array(z.string()),
  warnings: z.array(z.string()),
  candidates: z.array(DiscoveryCandidateSchema)
})

/** The four deliverability checks run at connect time. */
export const DeliverabilityCheckIdSchema = z.enum(['spf', 'dmarc', 'dkim', 'mx'])

/** One deliverability finding: status, the record read (if any), a one-line summary and how to fix it. */
export const DeliverabilityItemSchema = z.object({
  id: DeliverabilityCheckIdSchema,
  status: z.enum(['pass', 'warn', 'fail']),
  record: z.string().nullable(),
  summary: z.string(),
  fix: z.string()
})

/** The list `checkDeliverability` returns (spf, dmarc, dkim, mx in that order). */
export const DeliverabilityReportSchema = z.array(DeliverabilityItemSchema)

/** Types inferred from the schemas above. */
export type TlsMode = z.infer<typeof TlsModeSchema>
/** See DiscoverySourceSchema. */
export type DiscoverySource = z.infer<typeof DiscoverySourceSchema>
/** See MailServerSchema. */
export type MailServer = z.infer<typeof MailServerSchema>
/** See DiscoveryCandidateSchema. */
export type DiscoveryCandidate = z.infer<typeof DiscoveryCandidateSchema>
/** See MailDiscoveryResultSchema. */
export type MailDiscoveryResult = z.infer<typeof MailDiscoveryResultSchema>
/** See DeliverabilityItemSchema. */
export type DeliverabilityItem = z.infer<typeof DeliverabilityItemSchema>
/** See DeliverabilityCheckIdSchema. */
export type DeliverabilityCheckId = z.infer<typeof DeliverabilityCheckIdSchema>

/** mail.discover input: the address to find settings for, and the inbox type the operator picked (for the mismatch warning). */
export const MailDiscoverInputSchema = z.strictObject({
  email: z.string().max(320),
  chosenInboxType: z.enum(['GOOGLE_WORKSPACE', 'OUTLOOK_365', 'CUSTOM_SMTP']).optional()
})

/** mail.deliverability input: the sender domain and the SMTP host that will send for it. */
export const MailDeliverabilityInputSchema = z.strictObject({
  domain: z.string().min(1).max(253),
  smtpHost: z.string().max(253)
})
