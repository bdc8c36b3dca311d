/** The documented `inbox_type` values of the SMTP endpoints. */
export const INBOX_TYPES = ['GOOGLE_WORKSPACE', 'OUTLOOK_365', 'CUSTOM_SMTP'] as const
// One documented inbox type.
export type InboxType = (typeof INBOX_TYPES)[number]

/** Documented sender statuses (`overall_status`). */
export const INBOX_STATUSES = ['PENDING', 'ACTIVE', 'PAUSED', 'DISABLED'] as const
// One documented sender status.
export type InboxStatus = (typeof INBOX_STATUSES)[number]

/** A provider's documented hosts, ports and highest allowed `daily_limit`. */
export interface ProviderPreset {
  smtpHost: string | null
  smtpPort: number
  imapHost: string | null
  imapPort: number
  maxDailyLimit: number
}

/**
 * The provider presets (API notes §4.1). OUTLOOK_365's maximum is 5,000 as the current (G2) providers
 * page says; the older G1 pages said 10,000. CUSTOM_SMTP has no preset hosts.
 */
export const PROVIDER_PRESETS: Record<InboxType, ProviderPreset> = {
  GOOGLE_WORKSPACE: { smtpHost: 'smtp.gmail.com', smtpPort: 587, imapHost: 'imap.gmail.com', imapPort: 993, maxDailyLimit: 2_000 },
  OUTLOOK_365: { smtpHost: 'smtp.office365.com', smtpPort: 587, imapHost: 'outlook.office365.com', imapPort: 993, maxDailyLimit: 5_000 },
  CUSTOM_SMTP: { smtpHost: null, smtpPort: 587, imapHost: null, imapPort: 993, maxDailyLimit: 100_000 }
}

/** The documented default `daily_limit` (dashboard default and schema example). */
export const DEFAULT_DAILY_LIMIT = 100

/** The highest `daily_limit` any inbox may have (the dashboard maximum). */
export const MAX_DAILY_LIMIT = 100_000
