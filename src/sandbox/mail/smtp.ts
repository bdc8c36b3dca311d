import nodemailer from 'nodemailer'
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport'
import { classifyMailError } from './classify'
import type { MailCheck, MailEndpoint } from './endpoint'
import { type MailSettings, abortable, tlsOptionsFor } from './settings'

/**
 * nodemailer options for an inbox's SMTP side: implicit TLS on 465; elsewhere `smtp_use_tls` means
 * STARTTLS is required (never a silent cleartext login) and false means plain. `forceAuth` makes a
 * server that offers no AUTH fail instead of "verifying" without a login. Every phase times out.
 */
export function smtpOptions(endpoint: MailEndpoint, settings: MailSettings): SMTPTransportOptions {
  const secure = endpoint.port === 465
  return {
    host: endpoint.host,
    port: endpoint.port,
    secure,
    requireTLS: !secure && endpoint.encrypted,
    ignoreTLS: !secure && !endpoint.encrypted,
    auth: { user: endpoint.username, pass: endpoint.password },
    forceAuth: true,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs * 2,
    dnsTimeout: settings.timeoutMs,
    tls: tlsOptionsFor(settings),
    logger: false,
    debug: false
  }
}

// Connects, upgrades, logs in and quits (nodemailer `verify()`); any failure becomes a classified reason.
export async function verifySmtp(endpoint: MailEndpoint, settings: MailSettings): Promise<MailCheck> {
  const transport = nodemailer.createTransport(smtpOptions(endpoint, settings))
  try {
    await abortable(transport.verify(), settings.signal)
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: classifyMailError(err, [endpoint.password]) }
  } finally {
    transport.close()
  }
}

/** A message to send through an inbox's own SMTP server. */
export interface OutgoingMessage {
  from: { name: string; address: string }
  to: string
  subject: string
  text: string
}

/** What a real send returns: the Message-ID the server accepted, or why it failed. */
export type SendOutcome = { ok: true; messageId: string | null } | { ok: false; reason: string }

// Sends one message through the inbox's SMTP server with the same TLS rules as the check.
export async function sendSmtpMessage(endpoint: MailEndpoint, settings: MailSettings, message: OutgoingMessage): Promise<SendOutcome> {
  const transport = nodemailer.createTransport(smtpOptions(endpoint, settings))
  try {
    const info = await abortable(transport.sendMail(message), settings.signal)
    return { ok: true, messageId: typeof info.messageId === 'string' ? info.messageId : null }
  } catch (err) {
    return { ok: false, reason: classifyMailError(err, [endpoint.password]) }
  } finally {
    transport.close()
  }
}
