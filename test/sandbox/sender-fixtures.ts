import { expect } from 'vitest'
import { type SandboxHandle, type SandboxOptions, startSandbox } from '../../src/sandbox'
import { type DovecotServer, type SmtpServers, dovecotUnavailable, startDovecot, startSmtpServers } from '../support/mail-servers'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { type ApiResponse, call } from './helpers'

/** Per-step mail timeout for tests: long enough for a real login on a busy machine, short enough for timeouts to be cheap. */
export const MAIL_TIMEOUT_MS = 1500

/** Why the Dovecot-backed tests cannot run here (null when they can). */
export const DOVECOT_MISSING = dovecotUnavailable()

// Says out loud that a file's Dovecot-backed tests are skipped, and why: a skip must never be silent.
export function reportDovecotSkip(file: string): void {
  if (DOVECOT_MISSING !== null) console.warn(`${file}: skipping the tests that need Dovecot: ${DOVECOT_MISSING}`)
}

/** The real peers an inbox is checked against: the smtp-server flavours and a throwaway Dovecot. */
export interface MailPeers {
  smtp: SmtpServers
  imap: DovecotServer
  /** The one mailbox both servers know. */
  user: string
  pass: string
  stop(): Promise<void>
}

// Starts every SMTP flavour and one Dovecot (call once per file, in beforeAll: Dovecot takes ~2 s to stop).
export async function startMailPeers(): Promise<MailPeers> {
  const smtp = await startSmtpServers()
  const imap = await startDovecot().catch(async (err: unknown) => {
    await smtp.stop()
    throw err
  })
  const { user, pass } = smtp.users[0]!
  return { smtp, imap, user, pass, stop: () => Promise.all([smtp.stop(), imap.stop()]).then(() => undefined) }
}

/** An S1 body; every field can be overridden. */
export type InboxBody = Record<string, unknown>

/** What an S1 body needs to know about the peers: their ports and the mailbox login. */
export interface MailTarget {
  smtp: Pick<SmtpServers, 'ports'>
  imap: Pick<DovecotServer, 'port'>
  user: string
  pass: string
}

// A valid S1 body for the test mailbox: SMTP with STARTTLS on the smtp-server, IMAP with STARTTLS on Dovecot.
export function inboxBody(peers: MailTarget, overrides: InboxBody = {}): InboxBody {
  return {
    email_address: 'sender@acme-mail.example',
    display_name: 'Acme Sender',
    inbox_type: 'CUSTOM_SMTP',
    smtp_host: '127.0.0.1',
    smtp_port: peers.smtp.ports.starttls,
    smtp_username: peers.user,
    smtp_password: peers.pass,
    imap_host: '127.0.0.1',
    imap_port: peers.imap.port,
    imap_username: peers.user,
    imap_password: peers.pass,
    daily_limit: 40,
    smtp_use_tls: true,
    imap_use_ssl: false,
    ...overrides
  }
}

// A sandbox that trusts the test certificate, times mail checks out fast and never rate-limits; one full-access key.
export async function startMailSandbox(ca: string, opts: SandboxOptions = {}): Promise<{ sandbox: SandboxHandle; key: string }> {
  const sandbox = await startSandbox({
    dataDir: null,
    seed: false,
    rateLimit: NO_RATE_LIMIT,
    mail: { trustedCa: [ca] },
    tuning: { mailTimeoutMs: MAIL_TIMEOUT_MS },
    ...opts
  })
  return { sandbox, key: sandbox.issueKey({ scopes: ['*'], name: 'sender-tests' }) }
}

// Asserts that no secret appears anywhere in a response body, a file's text or a log.
export function expectNoSecret(value: unknown, secrets: readonly string[]): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  for (const secret of secrets) expect(text).not.toContain(secret)
}

// Every key anywhere in a JSON value that looks like a secret (password, credentials, key material).
export function secretKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretKeys)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => [...(/password|credential|secret/i.test(k) ? [k] : []), ...secretKeys(v)])
}

/** The S3/S8 `job` object, loosely typed. */
export interface InboxJobView {
  job_id: string
  status: string
  progress_percentage: number
  total_rows: number
  processed_count: number
  success_count: number
  failed_count: number
  skipped_count?: number
  deleted_count?: number
  completed_at: string | null
  results: Array<Record<string, unknown>>
}

// Polls a job's progress path until it is COMPLETED (or the deadline, a hang guard, passes); returns every
// snapshot seen. `between` lets time pass between polls: a 25 ms sleep by default, or a manual clock's advance.
export async function pollJob(
  sandbox: SandboxHandle,
  key: string,
  path: string,
  between: () => unknown = () => new Promise((r) => setTimeout(r, 25)),
  timeoutMs = 15_000
): Promise<InboxJobView[]> {
  const seen: InboxJobView[] = []
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res: ApiResponse = await call(sandbox, path, { key })
    expect(res.status).toBe(200)
    const job = (res.body as { job: InboxJobView }).job
    seen.push(job)
    if (job.status === 'COMPLETED') return seen
    if (Date.now() > deadline) throw new Error(`job at ${path} not COMPLETED after ${timeoutMs} ms: ${JSON.stringify(job)}`)
    await between()
  }
}
