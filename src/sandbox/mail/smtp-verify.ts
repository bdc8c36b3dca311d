import type SMTPConnection from 'nodemailer/lib/smtp-connection'
import { classifyMailError } from './classify'
import type { MailCheck, MailEndpoint } from './endpoint'
import { type MailSettings, abortable } from './settings'
import { smtpConnectionOptions } from './smtp-options'

// Connect (TLS/STARTTLS included), always log in (like `forceAuth`: no AUTH offered is a failure, never a silent pass), QUIT.
function loginAndQuit(connection: SMTPConnection, endpoint: MailEndpoint): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (err?: Error) => {
      if (settled) return
      settled = true
      if (err) {
        connection.close()
        reject(err)
      } else {
        connection.quit()
        resolve()
      }
    }
    // `on`, not `once`: a late second 'error' with no listener would crash the sandbox.
    connection.on('error', settle)
    connection.once('end', () => settle(new Error('Connection closed')))
    connection.connect((err) => {
      if (err) return settle(err)
      connection.login({ user: endpoint.username, pass: endpoint.password }, (loginErr) => settle(loginErr ?? undefined))
    })
  })
}

/**
 * What nodemailer's `transport.verify()` does, driven on an SMTPConnection we hold, so that closing the
 * sandbox closes the socket at once instead of leaving it to the mail timeout.
 */
export async function verifySmtp(endpoint: MailEndpoint, settings: MailSettings): Promise<MailCheck> {
  // Loaded on the first check, not at start-up.
  const { default: Connection } = await import('nodemailer/lib/smtp-connection')
  const connection = new Connection(smtpConnectionOptions(endpoint, settings))
  try {
    await abortable(loginAndQuit(connection, endpoint), settings.signal, () => connection.close())
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: classifyMailError(err, [endpoint.password]) }
  }
}
