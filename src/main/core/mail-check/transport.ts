import { type Socket, connect as netConnect, isIP } from 'node:net'
import { type TLSSocket, connect as tlsConnect, rootCertificates } from 'node:tls'
import { certificateFacts } from './certificate-facts'
import { type CodedError, LineReader, codedError } from './line-reader'

/** A live connection: the current socket (plain or TLS), its line reader and a logged writer. */
export interface Connection {
  socket: Socket
  reader: LineReader
  /** Sends one line; `shown` is what the transcript records instead (for credentials). */
  write(line: string, shown?: string): void
  close(): void
}

/** Resolves a host within `timeoutMs`; fails with the resolver's code (ENOTFOUND, EAI_AGAIN …) or DNS_TIMEOUT. */
export async function resolveHost(host: string, resolve: (host: string) => Promise<string[]>, timeoutMs: number): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(codedError('DNS_TIMEOUT', `Resolving ${host} took longer than ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const addresses = await Promise.race([resolve(host), timeout])
    if (addresses.length === 0) throw codedError('ENOTFOUND', `${host} has no addresses`)
    return addresses
  } finally {
    clearTimeout(timer)
  }
}

/** The error of a cancelled check. */
export const aborted = () => codedError('ABORTED', 'The check was cancelled')

/** Opens TCP to `address:port` within `timeoutMs` (CONNECT_TIMEOUT), keeping Node's code on errors. */
export function openTcp(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted())
    const socket = netConnect({ host: address, port, ...(signal && { signal }) })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(codedError('CONNECT_TIMEOUT', `No TCP answer from ${address}:${port} within ${timeoutMs} ms`))
    }, timeoutMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      socket.removeAllListeners('error')
      socket.on('error', () => {})
      resolve(socket)
    })
    socket.once('error', (err: CodedError) => {
      clearTimeout(timer)
      socket.destroy()
      reject(err)
    })
  })
}

/** Wraps a socket in a connection with a reader and a transcript. */
export function wrap(socket: Socket, log: (line: string) => void): Connection {
  const reader = new LineReader(socket)
  const conn: Connection = {
    socket,
    reader,
    write(line, shown) {
      log(`C: ${shown ?? line}`)
      conn.socket.write(`${line}\r\n`)
    },
    close() {
      reader.detach()
      conn.socket.destroy()
    }
  }
  return conn
}

/** TLS handshake facts: version, cipher, certificate, and whether Node trusts it. */
export interface TlsFacts {
  protocol: string | null
  cipher: string | null
  authorized: boolean
  verifyError: string | null
  certificate: ReturnType<typeof certificateFacts>
}

/**
 * Runs a TLS handshake over `socket` without rejecting, so the certificate facts are available even when it is
 * not trusted; the caller decides (an untrusted certificate fails the step and no credentials are ever sent).
 */
export function startTls(socket: Socket, host: string, ca: string | string[] | undefined, timeoutMs: number): Promise<{ tls: TLSSocket; facts: TlsFacts }> {
  return new Promise((resolve, reject) => {
    const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca]
    const tls = tlsConnect({
      socket,
      host,
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
      ...(extra.length > 0 && { ca: [...rootCertificates, ...extra] })
    })
    // A TLS wrapper destroyed mid-handshake can leave the TCP connection open; resetting the raw socket closes it.
    const abort = () => (socket.resetAndDestroy(), tls.destroy())
    const timer = setTimeout(() => {
      abort()
      reject(codedError('TLS_TIMEOUT', `TLS handshake did not finish within ${timeoutMs} ms`))
    }, timeoutMs)
    tls.once('secureConnect', () => {
      clearTimeout(timer)
      tls.removeAllListeners('error')
      tls.on('error', () => {})
      const verifyError = tls.authorizationError ? String((tls.authorizationError as CodedError).code ?? tls.authorizationError) : null
      resolve({
        tls,
        facts: {
          protocol: tls.getProtocol(),
          cipher: tls.getCipher()?.name ?? null,
          authorized: tls.authorized,
          verifyError,
          certificate: certificateFacts(tls)
        }
      })
    })
    tls.once('error', (err: CodedError) => {
      clearTimeout(timer)
      abort()
      reject(err)
    })
  })
}

/** The failure for an untrusted certificate: the verify code plus the certificate facts. */
export function untrustedCertificate(facts: TlsFacts): Error {
  const certificate = facts.certificate ?? undefined
  return Object.assign(codedError(facts.verifyError ?? 'CERT_UNTRUSTED', `The server's certificate is not trusted (${facts.verifyError})`), { certificate })
}
