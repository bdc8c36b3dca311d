/** One mail server and the login to try there; `encrypted` is the inbox's smtp_use_tls / imap_use_ssl. */
export interface MailEndpoint {
  host: string
  port: number
  username: string
  password: string
  encrypted: boolean
}

/** The protocol a check talks; also the prefix of the 400 detail (`SMTP connection failed: …`). */
export type MailProtocol = 'SMTP' | 'IMAP'

/** The outcome of one real check. `reason` never contains a password. */
export type MailCheck = { ok: true } | { ok: false; reason: string }
