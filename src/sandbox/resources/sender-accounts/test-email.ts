import { type Reply, detail, json } from '../../http/route'
import { sendSmtpMessage } from '../../mail/smtp'
import { invented } from '../../wording'
import { endpointsOf } from './endpoints'
import { sideHealth } from './health'
import type { SenderAccountRecord } from './record'
import type { SenderRuntime } from './runtime'

// S6: only ACTIVE inboxes send; the message really goes through the inbox's own SMTP server.
export async function sendTestEmail(rt: SenderRuntime, inbox: SenderAccountRecord, recipient: string): Promise<Reply> {
  if (inbox.overall_status !== 'ACTIVE') return detail(400, invented.testEmailNotActive(inbox.overall_status))
  const secrets = rt.vault.open(inbox.credentials)
  if (secrets === null) return detail(400, invented.mailConnectionFailed('SMTP', invented.credentialsUnreadable))
  const sent = await sendSmtpMessage(endpointsOf(inbox, secrets).smtp, rt.mail, {
    from: { name: inbox.display_name, address: inbox.email_address },
    to: recipient,
    subject: invented.testEmailSubject,
    text: invented.testEmailText(inbox.email_address)
  })
  if (rt.closing()) return detail(400, invented.mailConnectionFailed('SMTP', invented.mailCheckAbandoned))
  const at = rt.stamp()
  inbox.health.smtp = sideHealth(sent.ok ? { ok: true } : sent, at)
  rt.ctx.store.changed()
  if (!sent.ok) return detail(400, invented.mailConnectionFailed('SMTP', sent.reason))
  return json(200, {
    success: true,
    message: invented.testEmailSent,
    inbox_id: inbox.inbox_id,
    inbox_email: inbox.email_address,
    recipient_email: recipient,
    sent_at: at,
    message_id: sent.messageId
  })
}
