import type { ImapFlow } from 'imapflow'
import { classifyMailError } from './classify'
import type { MailCheck, MailEndpoint } from './endpoint'
import { type MailSettings, abortable, tlsOptionsFor } from './settings'

// imapflow options: implicit TLS when `imap_use_ssl`, else STARTTLS required (never cleartext); log in, log out.
// imapflow is loaded on the first check, not at start-up (it alone costs ~200 ms of the console's start).
async function imapClient(endpoint: MailEndpoint, settings: MailSettings): Promise<ImapFlow> {
  const imapflow = await import('imapflow')
  const Client = imapflow.ImapFlow ?? (imapflow as unknown as { default: typeof imapflow }).default.ImapFlow
  return new Client({
    host: endpoint.host,
    port: endpoint.port,
    secure: endpoint.encrypted,
    ...(endpoint.encrypted ? {} : { doSTARTTLS: true }),
    auth: { user: endpoint.username, pass: endpoint.password },
    verifyOnly: true,
    logger: false,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs * 2,
    tls: tlsOptionsFor(settings)
  })
}

// Connects, logs in and logs out (imapflow `verifyOnly`); any failure becomes a classified reason.
export async function verifyImap(endpoint: MailEndpoint, settings: MailSettings): Promise<MailCheck> {
  const client = await imapClient(endpoint, settings)
  // imapflow also emits 'error' events; unhandled, one would crash the sandbox.
  client.on('error', () => {})
  try {
    await abortable(client.connect(), settings.signal, () => client.close())
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: classifyMailError(err, [endpoint.password]) }
  } finally {
    client.close()
  }
}
