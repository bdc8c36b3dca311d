import type Mail from 'nodemailer/lib/mailer'
import { classifyMailError } from './classify'
import type { MailEndpoint } from './endpoint'
import { type MailSettings, abortable } from './settings'
import { smtpConnectionOptions } from './smtp-options'

/** A message to send through an inbox's own SMTP server. */
export interface OutgoingMessage {
  from: { name: string; address: string }
  to: string
  subject: string
  text: string
}

/** What a real send returns: the Message-ID the server accepted, or why it failed. */
export type SendOutcome = { ok: true; messageId: string | null } | { ok: false; reason: string }

// Sends one message through the inbox's SMTP server with the same TLS rules as the check; closing the sandbox cancels it.
export async function sendSmtpMessage(endpoint: MailEndpoint, settings: MailSettings, message: OutgoingMessage): Promise<SendOutcome> {
  // Loaded on the first send, not at start-up (nodemailer costs ~80 ms of the console's start).
  const { default: nodemailer } = await import('nodemailer')
  const transport = nodemailer.createTransport({
    ...smtpConnectionOptions(endpoint, settings),
    auth: { user: endpoint.username, pass: endpoint.password },
    forceAuth: true
  })
  // nodemailer 10 closes the connection when the signal aborts (its typings do not know `signal` yet).
  const mail: Mail.Options & { signal: AbortSignal } = { ...message, signal: settings.signal }
  try {
    const info = await abortable(transport.sendMail(mail), settings.signal)
    return { ok: true, messageId: typeof info.messageId === 'string' ? info.messageId : null }
  } catch (err) {
    return { ok: false, reason: classifyMailError(err, [endpoint.password]) }
  } finally {
    transport.close()
  }
}
