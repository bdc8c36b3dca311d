import { SMTPServer, type SMTPServerOptions } from 'smtp-server'
import { type TestCertificate, testCertificate } from './cert'
import { DEFAULT_MAIL_USERS, type MailUser, passwordsOf } from './users'

/** Which flavour of SMTP server a port belongs to. */
export type SmtpFlavour = 'starttls' | 'implicit' | 'noStarttls' | 'noAuth'

/** A message a test server accepted. */
export interface CapturedMessage {
  server: SmtpFlavour
  /** The authenticated login, or null on the no-AUTH server. */
  user: string | null
  from: string | null
  to: string[]
  subject: string | null
  raw: string
}

/** Running SMTP servers on 127.0.0.1; every server accepts the same users and captures what it receives. */
export interface SmtpServers {
  host: '127.0.0.1'
  ports: Record<SmtpFlavour, number>
  users: readonly MailUser[]
  /** The servers' certificate (PEM): pass it as a trusted CA to the client under test. */
  ca: string
  messages: CapturedMessage[]
  /** Changes a user's password on every flavour at once (a password changed at the provider). */
  setPassword(user: string, pass: string): void
  /** Resolves with the first captured message (past or future) that matches, or rejects after `timeoutMs`. */
  waitForMessage(match: (m: CapturedMessage) => boolean, timeoutMs?: number): Promise<CapturedMessage>
  stop(): Promise<void>
}

// Per-flavour options: STARTTLS + AUTH (AUTH only after TLS), implicit TLS, plain with AUTH in clear, STARTTLS without AUTH.
const FLAVOURS: Record<SmtpFlavour, SMTPServerOptions> = {
  starttls: { secure: false },
  implicit: { secure: true },
  noStarttls: { secure: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true },
  noAuth: { secure: false, disabledCommands: ['AUTH'], authOptional: true }
}

function subjectOf(raw: string): string | null {
  const header = raw.split(/\r?\n\r?\n/)[0] ?? ''
  return /^subject: *(.*)$/im.exec(header)?.[1]?.trim() ?? null
}

function startOne(flavour: SmtpFlavour, cert: TestCertificate, passwords: Map<string, string>, onMessage: (m: CapturedMessage) => void, port: number) {
  const server = new SMTPServer({
    ...FLAVOURS[flavour],
    key: cert.key,
    cert: cert.cert,
    logger: false,
    authMethods: ['PLAIN', 'LOGIN'],
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      if (auth.username !== undefined && passwords.get(auth.username) === auth.password) return callback(null, { user: auth.username })
      const err = Object.assign(new Error('Invalid username or password'), { responseCode: 535 })
      callback(err)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const from = session.envelope.mailFrom
        onMessage({
          server: flavour,
          user: typeof session.user === 'string' ? session.user : null,
          from: from ? from.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: subjectOf(raw),
          raw
        })
        callback(null, 'Message queued')
      })
    }
  })
  // smtp-server reports client-side TLS aborts etc. as 'error' events; unhandled they would crash the test process.
  server.on('error', () => {})
  return new Promise<{ server: SMTPServer; port: number }>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.server.address()
      resolve({ server, port: typeof address === 'object' && address !== null ? address.port : 0 })
    })
  })
}

/** Which flavours to start (default all four) and fixed ports for some of them (default any free port). */
export interface SmtpServersOptions {
  users?: readonly MailUser[]
  flavours?: readonly SmtpFlavour[]
  ports?: Partial<Record<SmtpFlavour, number>>
}

// Starts the SMTP flavours on loopback ports (~10 ms after the shared certificate exists); unstarted flavours get port 0.
export async function startSmtpServers(opts: SmtpServersOptions = {}): Promise<SmtpServers> {
  const users = opts.users ?? DEFAULT_MAIL_USERS
  const cert = await testCertificate()
  const messages: CapturedMessage[] = []
  const waiters = new Set<(m: CapturedMessage) => void>()
  const onMessage = (m: CapturedMessage) => {
    messages.push(m)
    for (const waiter of [...waiters]) waiter(m)
  }
  const passwords = passwordsOf(users)
  const flavours = opts.flavours ?? (Object.keys(FLAVOURS) as SmtpFlavour[])
  const stopAll = (servers: SMTPServer[]) => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))))
  const settled = await Promise.allSettled(flavours.map((f) => startOne(f, cert, passwords, onMessage, opts.ports?.[f] ?? 0)))
  const started = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const failed = settled.find((r) => r.status === 'rejected')
  if (failed) {
    await stopAll(started.map((s) => s.server))
    throw failed.reason
  }
  const ports = { starttls: 0, implicit: 0, noStarttls: 0, noAuth: 0 }
  flavours.forEach((f, i) => (ports[f] = started[i]?.port ?? 0))
  return {
    host: '127.0.0.1',
    ports,
    users,
    ca: cert.cert,
    messages,
    setPassword: (user, pass) => void passwords.set(user, pass),
    waitForMessage(match, timeoutMs = 5000) {
      const seen = messages.find(match)
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`no matching message within ${timeoutMs} ms (${messages.length} captured)`))
        }, timeoutMs)
        const waiter = (m: CapturedMessage) => {
          if (!match(m)) return
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(m)
        }
        waiters.add(waiter)
      })
    },
    stop: () => stopAll(started.map((s) => s.server)).then(() => undefined)
  }
}
