import type { MailEndpoint } from '../../../shared/contract/mail-check'
import { codedError } from './line-reader'
import { openEndpoint, upgradeToTls } from './open-endpoint'
import type { ResolvedOptions } from './options'
import type { StepRecorder } from './step-recorder'
import type { Connection } from './transport'

// Raw sockets rather than imapflow: imapflow's connect() runs greeting, STARTTLS and login as one call, gives no
// per-step timing or certificate facts, and continues in cleartext when STARTTLS is missing (unless forced).

/** A tagged IMAP completion: status, text, and the untagged lines before it. */
export interface ImapCompletion {
  status: string
  text: string
  untagged: string[]
}

let tagCounter = 0

/** Reads lines until the completion of `tag`. */
async function readCompletion(conn: Connection, tag: string, timeoutMs: number, timeoutCode: string, log: (line: string) => void): Promise<ImapCompletion> {
  const untagged: string[] = []
  for (;;) {
    const line = await conn.reader.readLine(timeoutMs, timeoutCode)
    log(`S: ${line}`)
    if (line.startsWith(`${tag} `)) {
      const [, status = '', text = ''] = /^\S+ (\S+) ?(.*)$/.exec(line) ?? []
      return { status: status.toUpperCase(), text, untagged }
    }
    untagged.push(line)
  }
}

/** Sends one command and waits for its completion; a NO/BAD fails with the server text (`code` IMAP_NO / IMAP_BAD). */
async function command(conn: Connection, line: string, opts: ResolvedOptions, timeoutMs = opts.timeouts.command): Promise<ImapCompletion> {
  const tag = `c${++tagCounter}`
  conn.write(`${tag} ${line}`)
  const done = await readCompletion(conn, tag, timeoutMs, 'COMMAND_TIMEOUT', opts.log)
  if (done.status !== 'OK') throw completionError(done)
  return done
}

function completionError(done: ImapCompletion): Error {
  return Object.assign(codedError(`IMAP_${done.status || 'ERROR'}`, `The server answered ${done.status}: ${done.text}`), { response: `${done.status} ${done.text}` })
}

async function capabilities(conn: Connection, opts: ResolvedOptions): Promise<string[]> {
  const done = await command(conn, 'CAPABILITY', opts)
  const line = done.untagged.find((l) => /^\* CAPABILITY /i.test(l)) ?? ''
  return line.slice('* CAPABILITY '.length).trim().split(/\s+/).filter(Boolean)
}

const has = (caps: string[], name: string) => caps.some((c) => c.toUpperCase() === name)

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** One login attempt: AUTHENTICATE PLAIN when advertised, else LOGIN (refused when LOGINDISABLED). Never retried. */
async function imapLogin(conn: Connection, endpoint: MailEndpoint, caps: string[], opts: ResolvedOptions, facts: Record<string, unknown>): Promise<void> {
  const tag = `c${++tagCounter}`
  const plain = Buffer.from(`\0${endpoint.username}\0${endpoint.password}`, 'utf8').toString('base64')
  if (has(caps, 'AUTH=PLAIN')) {
    facts.mechanism = 'AUTHENTICATE PLAIN'
    if (has(caps, 'SASL-IR')) conn.write(`${tag} AUTHENTICATE PLAIN ${plain}`, `${tag} AUTHENTICATE PLAIN ****`)
    else {
      conn.write(`${tag} AUTHENTICATE PLAIN`)
      const go = await conn.reader.readLine(opts.timeouts.login, 'LOGIN_TIMEOUT')
      opts.log(`S: ${go}`)
      if (!go.startsWith('+')) throw completionError({ status: go.split(' ')[1] ?? 'BAD', text: go, untagged: [] })
      conn.write(plain, '****')
    }
  } else if (has(caps, 'LOGINDISABLED')) {
    throw codedError('LOGINDISABLED', 'The server disables LOGIN and offers no AUTHENTICATE PLAIN')
  } else {
    facts.mechanism = 'LOGIN'
    conn.write(`${tag} LOGIN ${quote(endpoint.username)} ${quote(endpoint.password)}`, `${tag} LOGIN ${quote(endpoint.username)} ****`)
  }
  const done = await readCompletion(conn, tag, opts.timeouts.login, 'LOGIN_TIMEOUT', opts.log)
  if (done.status !== 'OK') throw completionError(done)
}

/**
 * The full IMAP check: DNS, TCP, TLS, greeting, CAPABILITY, STARTTLS and one real login (`login: false` stops
 * before it, for credential-free probes). Throws StepFailed at the first failure.
 */
export async function checkImap(rec: StepRecorder, endpoint: MailEndpoint, opts: ResolvedOptions, login = true): Promise<void> {
  const conn = await openEndpoint(rec, endpoint, opts)
  try {
    await rec.run('greeting', async (facts) => {
      const line = await conn.reader.readLine(opts.timeouts.greeting, 'GREETING_TIMEOUT')
      opts.log(`S: ${line}`)
      facts.banner = line
      if (/^\* BYE\b/i.test(line)) throw Object.assign(codedError('IMAP_BYE', `The server closed the session: ${line}`), { response: line.slice(2) })
      if (!/^\* (OK|PREAUTH)\b/i.test(line)) throw Object.assign(codedError('EPROTOCOL', `Not an IMAP greeting: ${line.slice(0, 200)}`), { response: line.slice(0, 500) })
    })
    let caps = await rec.run('capabilities', async (facts) => {
      const found = await capabilities(conn, opts)
      facts.capabilities = found
      return found
    })
    if (endpoint.mode === 'ssl') rec.skip('starttls', 'Implicit TLS: the connection is encrypted from the start')
    else {
      await rec.run('starttls', async () => {
        if (!has(caps, 'STARTTLS')) throw codedError('NO_STARTTLS', 'The server offers no STARTTLS; the password is not sent over an unencrypted connection')
        await command(conn, 'STARTTLS', opts)
      })
      caps = await rec.run('tls', async (facts) => {
        await upgradeToTls(conn, endpoint.host, opts, facts)
        const after = await capabilities(conn, opts)
        facts.capabilitiesAfterTls = after
        return after
      })
    }
    if (login) await rec.run('login', (facts) => imapLogin(conn, endpoint, caps, opts, facts))
    conn.write(`c${++tagCounter} LOGOUT`)
  } finally {
    conn.close()
  }
}
