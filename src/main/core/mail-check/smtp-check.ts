import type { MailEndpoint } from '../../../shared/contract/mail-check'
import { codedError } from './line-reader'
import { openEndpoint, upgradeToTls } from './open-endpoint'
import type { ResolvedOptions } from './options'
import type { StepRecorder } from './step-recorder'
import type { Connection } from './transport'

// Raw sockets rather than nodemailer: nodemailer's verify() folds DNS/TCP/TLS/EHLO into one call (no per-step
// timings or certificate facts), skips AUTH when none is advertised, and can log in over cleartext.

/** One SMTP reply: its code and text lines (without the code prefixes). */
export interface SmtpReply {
  code: number
  lines: string[]
}

/** Reads one (possibly multi-line) SMTP reply. */
export async function readSmtpReply(conn: Connection, timeoutMs: number, timeoutCode: string, log: (line: string) => void): Promise<SmtpReply> {
  const lines: string[] = []
  for (;;) {
    const line = await conn.reader.readLine(timeoutMs, timeoutCode)
    log(`S: ${line}`)
    const match = /^(\d{3})([ -]?)(.*)$/.exec(line)
    if (!match) throw Object.assign(codedError('EPROTOCOL', `Not an SMTP reply: ${line.slice(0, 200)}`), { response: line.slice(0, 500) })
    lines.push(match[3] ?? '')
    if (match[2] !== '-') return { code: Number(match[1]), lines }
  }
}

/** An error carrying the server's reply (code and text), for the classifier. */
export function replyError(code: string, message: string, reply: SmtpReply): Error {
  const response = reply.lines.map((l) => `${reply.code} ${l}`).join('\n')
  return Object.assign(codedError(code, `${message}: ${response}`), { responseCode: reply.code, response })
}

async function ehlo(conn: Connection, opts: ResolvedOptions): Promise<string[]> {
  conn.write(`EHLO ${opts.clientName}`)
  const reply = await readSmtpReply(conn, opts.timeouts.command, 'COMMAND_TIMEOUT', opts.log)
  if (reply.code !== 250) throw replyError('EPROTOCOL', 'EHLO refused', reply)
  return reply.lines.slice(1)
}

function authMechanisms(extensions: string[]): string[] {
  const line = extensions.find((e) => /^AUTH[ =]/i.test(e))
  return line ? line.slice(5).trim().toUpperCase().split(/\s+/).filter(Boolean) : []
}

/** Reads the greeting and EHLO (the greeting step needs a 220; a 421/554 greeting fails it with the server text). */
export async function smtpGreeting(rec: StepRecorder, conn: Connection, opts: ResolvedOptions): Promise<string[]> {
  await rec.run('greeting', async (facts) => {
    const reply = await readSmtpReply(conn, opts.timeouts.greeting, 'GREETING_TIMEOUT', opts.log)
    facts.banner = reply.lines.join('\n')
    if (reply.code !== 220) throw replyError('EPROTOCOL', 'Unexpected greeting', reply)
  })
  return rec.run('capabilities', async (facts) => {
    const extensions = await ehlo(conn, opts)
    facts.extensions = extensions
    facts.auth = authMechanisms(extensions)
    facts.starttls = extensions.some((e) => /^STARTTLS\b/i.test(e))
    return extensions
  })
}

/** Upgrades with STARTTLS (refusing to go on in cleartext) and returns the EHLO extensions spoken over TLS. */
async function smtpStartTls(rec: StepRecorder, conn: Connection, host: string, extensions: string[], opts: ResolvedOptions): Promise<string[]> {
  await rec.run('starttls', async (facts) => {
    if (!extensions.some((e) => /^STARTTLS\b/i.test(e))) {
      throw codedError('NO_STARTTLS', 'The server offers no STARTTLS; the password is not sent over an unencrypted connection')
    }
    conn.write('STARTTLS')
    const reply = await readSmtpReply(conn, opts.timeouts.command, 'COMMAND_TIMEOUT', opts.log)
    facts.reply = reply.lines.join('\n')
    if (reply.code !== 220) throw replyError('ETLS', 'STARTTLS refused', reply)
  })
  return rec.run('tls', async (facts) => {
    await upgradeToTls(conn, host, opts, facts)
    const after = await ehlo(conn, opts)
    facts.extensionsAfterTls = after
    return after
  })
}

async function expect(conn: Connection, opts: ResolvedOptions, codes: number[]): Promise<SmtpReply> {
  const reply = await readSmtpReply(conn, opts.timeouts.login, 'LOGIN_TIMEOUT', opts.log)
  if (!codes.includes(reply.code)) throw replyError('EAUTH', 'Login refused', reply)
  return reply
}

/** One AUTH attempt (PLAIN preferred, else LOGIN); never retried, never in cleartext (callers ensure TLS). */
async function smtpLogin(rec: StepRecorder, conn: Connection, endpoint: MailEndpoint, extensions: string[], opts: ResolvedOptions): Promise<void> {
  await rec.run('login', async (facts) => {
    const mechanisms = authMechanisms(extensions)
    if (mechanisms.length === 0) throw codedError('NO_AUTH', 'The server does not offer AUTH on this connection')
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
    if (mechanisms.includes('PLAIN')) {
      facts.mechanism = 'PLAIN'
      conn.write(`AUTH PLAIN ${b64(`\0${endpoint.username}\0${endpoint.password}`)}`, 'AUTH PLAIN ****')
      const reply = await expect(conn, opts, [235, 334])
      if (reply.code === 334) {
        conn.write(b64(`\0${endpoint.username}\0${endpoint.password}`), '****')
        await expect(conn, opts, [235])
      }
    } else if (mechanisms.includes('LOGIN')) {
      facts.mechanism = 'LOGIN'
      conn.write('AUTH LOGIN')
      await expect(conn, opts, [334])
      conn.write(b64(endpoint.username))
      await expect(conn, opts, [334])
      conn.write(b64(endpoint.password), '****')
      await expect(conn, opts, [235])
    } else {
      throw codedError('NO_SUPPORTED_AUTH', `The server offers only ${mechanisms.join(', ')} (this check supports PLAIN and LOGIN)`)
    }
  })
  conn.write('QUIT')
}

/**
 * The full SMTP check: DNS, TCP, TLS, greeting, EHLO, STARTTLS and one real login (`login: false` stops before
 * it, for credential-free probes). Throws StepFailed at the first failure.
 */
export async function checkSmtp(rec: StepRecorder, endpoint: MailEndpoint, opts: ResolvedOptions, login = true): Promise<void> {
  const conn = await openEndpoint(rec, endpoint, opts)
  try {
    let extensions = await smtpGreeting(rec, conn, opts)
    if (endpoint.mode === 'ssl') rec.skip('starttls', 'Implicit TLS: the connection is encrypted from the start')
    else extensions = await smtpStartTls(rec, conn, endpoint.host, extensions, opts)
    if (login) await smtpLogin(rec, conn, endpoint, extensions, opts)
    else conn.write('QUIT')
  } finally {
    conn.close()
  }
}
