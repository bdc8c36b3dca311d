import type { MailEndpoint } from '../../../shared/contract/mail-check'
import type { ResolvedOptions } from './options'
import type { StepRecorder } from './step-recorder'
import { type Connection, type TlsFacts, aborted, openTcp, resolveHost, startTls, untrustedCertificate, wrap } from './transport'

/** Runs the DNS and TCP steps (and TLS for implicit-TLS endpoints) and returns the open connection. */
export async function openEndpoint(rec: StepRecorder, endpoint: MailEndpoint, opts: ResolvedOptions): Promise<Connection> {
  const addresses = await rec.run('dns', async (facts) => {
    facts.host = endpoint.host
    const found = await resolveHost(endpoint.host, opts.resolve, opts.timeouts.dns)
    if (opts.signal?.aborted) throw aborted()
    facts.addresses = found
    return found
  })
  const socket = await rec.run('tcp', async (facts) => {
    const started = performance.now()
    let lastError: unknown
    // Try each address in turn (an unreachable IPv6 address must not hide a working IPv4 one).
    const tried: string[] = []
    facts.addressesTried = tried
    for (const address of addresses) {
      tried.push(address)
      try {
        const opened = await openTcp(address, endpoint.port, opts.timeouts.connect, opts.signal)
        facts.address = address
        facts.port = endpoint.port
        facts.connectMs = Math.round(performance.now() - started)
        return opened
      } catch (err) {
        lastError = err
      }
    }
    throw lastError
  })
  const conn = wrap(socket, opts.log)
  // Cancelling closes the connection at once; the step waiting on it fails with ABORTED.
  const signal = opts.signal
  if (signal) {
    const onAbort = () => (conn.reader.abort(aborted()), conn.close())
    if (signal.aborted) onAbort()
    else {
      signal.addEventListener('abort', onAbort, { once: true })
      socket.once('close', () => signal.removeEventListener('abort', onAbort))
    }
  }
  if (endpoint.mode === 'ssl') {
    try {
      await rec.run('tls', (facts) => upgradeToTls(conn, endpoint.host, opts, facts))
    } catch (err) {
      conn.close()
      throw err
    }
  }
  return conn
}

/** Performs the TLS handshake on the connection's socket, records its facts, and fails on an untrusted certificate. */
export async function upgradeToTls(conn: Connection, host: string, opts: ResolvedOptions, facts: Record<string, unknown>): Promise<TlsFacts> {
  conn.reader.detach()
  const { tls, facts: tlsFacts } = await startTls(conn.socket, host, opts.ca, opts.timeouts.tls)
  Object.assign(facts, tlsFacts)
  conn.socket = tls
  conn.reader.attach(tls)
  if (!tlsFacts.authorized) throw untrustedCertificate(tlsFacts)
  return tlsFacts
}
