import type { MailCheck, MailEndpoint, MailProtocol } from './endpoint'
import { verifyImap } from './imap'
import type { MailSettings } from './settings'
import { verifySmtp } from './smtp-verify'

/** Both sides of an inbox. */
export interface InboxEndpoints {
  smtp: MailEndpoint
  imap: MailEndpoint
}

/** The first failing protocol of an inbox check, or success. */
export type InboxCheck = { ok: true } | { ok: false; protocol: MailProtocol; reason: string }

// What S1/S2 run before storing an inbox: SMTP first, IMAP only when SMTP passed (one login per protocol).
export async function checkInbox(endpoints: InboxEndpoints, settings: MailSettings): Promise<InboxCheck> {
  const smtp = await verifySmtp(endpoints.smtp, settings)
  if (!smtp.ok) return { ok: false, protocol: 'SMTP', reason: smtp.reason }
  const imap = await verifyImap(endpoints.imap, settings)
  return imap.ok ? { ok: true } : { ok: false, protocol: 'IMAP', reason: imap.reason }
}

// What a health refresh runs: both sides, one after the other (never parallel logins to one mailbox).
export async function checkBothSides(endpoints: InboxEndpoints, settings: MailSettings): Promise<{ smtp: MailCheck; imap: MailCheck }> {
  const smtp = await verifySmtp(endpoints.smtp, settings)
  const imap = await verifyImap(endpoints.imap, settings)
  return { smtp, imap }
}
