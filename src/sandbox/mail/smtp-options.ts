import type SMTPConnection from 'nodemailer/lib/smtp-connection'
import type { MailEndpoint } from './endpoint'
import { type MailSettings, tlsOptionsFor } from './settings'

/**
 * Connection options for an inbox's SMTP side: implicit TLS on 465; elsewhere `smtp_use_tls` means
 * STARTTLS is required (never a silent cleartext login) and false means plain. Every phase times out.
 */
export function smtpConnectionOptions(endpoint: MailEndpoint, settings: MailSettings): SMTPConnection.Options {
  const secure = endpoint.port === 465
  return {
    host: endpoint.host,
    port: endpoint.port,
    secure,
    requireTLS: !secure && endpoint.encrypted,
    ignoreTLS: !secure && !endpoint.encrypted,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs * 2,
    dnsTimeout: settings.timeoutMs,
    tls: tlsOptionsFor(settings),
    logger: false,
    debug: false
  }
}
