import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type SandboxHandle, type SandboxOptions, startSandbox } from '../../src/sandbox'
import { type SenderAccountRecord, SenderAccountRecordSchema } from '../../src/sandbox/resources/sender-accounts/record'
import type { SandboxState } from '../../src/sandbox/store/state'
import { type DovecotServer, type MailUser, type SmtpServers, dovecotUnavailable, startDovecot, startSmtpServers } from '../support/mail-servers'

/** A parsed response: status, headers and the JSON (or text) body. */
export interface ApiResponse {
  status: number
  headers: Headers
  body: unknown
}

/** Options for one request against the sandbox. */
export interface CallOptions {
  key?: string
  method?: string
  /** Sent as JSON unless `raw` is given. */
  json?: unknown
  raw?: string
  headers?: Record<string, string>
}

// One real HTTP request to `${baseUrl}${path}`, parsed.
export async function call(sandbox: SandboxHandle, path: string, opts: CallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.key !== undefined) headers['X-API-Key'] = opts.key
  let body: string | undefined = opts.raw
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json)
    headers['Content-Type'] ??= 'application/json'
  }
  const res = await fetch(`${sandbox.baseUrl}${path}`, { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), headers, body })
  const text = await res.text()
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json')
  return { status: res.status, headers: res.headers, body: isJson ? (JSON.parse(text) as unknown) : text }
}

// A fresh temp directory, removed by the returned cleanup.
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'coldsend-sandbox-test-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

// An in-memory sandbox with the demo data and one full-access key.
export async function startWithKey(
  opts: SandboxOptions = {},
  scopes: string[] = ['*']
): Promise<{ sandbox: SandboxHandle; key: string }> {
  const sandbox = await startSandbox({ dataDir: null, ...opts })
  return { sandbox, key: sandbox.issueKey({ scopes, name: 'test' }) }
}

/** The C1 list body, typed loosely for assertions. */
export interface ListBody {
  success: boolean
  message: string
  campaigns: Array<Record<string, unknown> & { campaign_id: string; name: string; status: string; created_at: string }>
  pagination: { page: number; limit: number; total: number; pages: number; has_next: boolean; has_prev: boolean }
}

// ---------------------------------------------------------------------------------------------
// Conformance helpers: shapes of documented bodies, timestamps, rate-limit headers, arranged states.
// ---------------------------------------------------------------------------------------------

/** Timestamps as the API emits them: ISO-8601 UTC seconds with `Z` (API notes §1.1, §5 #28). */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
/** A canonical (lower-case, hyphenated) UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

// A body with each value replaced by its kind (uuid, timestamp, string, number, boolean, null); keys keep their order.
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shapeOf(value[0])] : []
  if (value === null) return 'null'
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, shapeOf(v)])
  if (typeof value !== 'string') return typeof value
  if (UUID.test(value)) return 'uuid'
  if (TIMESTAMP.test(value)) return 'timestamp'
  return 'string'
}

/** How strictly `shapeMismatches` reads a documented example. */
export interface ShapeOptions {
  /** Keys (at any depth) whose value may be null where the example shows a value. */
  nullable?: readonly string[]
  /**
   * Keys the sandbox has beyond the example: 'none' = exactly the documented keys in order; 'after' = the
   * documented keys first, in order, extras after them; 'any' = the documented keys in order, extras anywhere.
   */
  extra?: 'none' | 'after' | 'any'
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// Whether `wanted` occurs in `keys` in the same order (other keys may sit between).
function inOrder(keys: readonly string[], wanted: readonly string[]): boolean {
  let i = 0
  for (const k of keys) if (k === wanted[i]) i++
  return i === wanted.length
}

// Kinds as the docs' placeholders mean them: "<string>" is any string, a UUID or timestamp example needs that format.
function kindMismatch(actual: unknown, example: unknown): boolean {
  if (typeof example === 'string') {
    if (typeof actual !== 'string') return true
    if (UUID.test(example)) return !UUID.test(actual)
    if (TIMESTAMP.test(example)) return !TIMESTAMP.test(actual)
    return false
  }
  return typeof actual !== typeof example
}

/**
 * Every way `actual` departs from a documented example body: key sets and order, value kinds, nested
 * objects and array items (each item against the example's first; `[{}]` and `[]` only ask for an array, `{}` for an object).
 */
export function shapeMismatches(actual: unknown, example: unknown, opts: ShapeOptions = {}, path = '$'): string[] {
  const key = path.split('.').pop() ?? ''
  if (actual === null && example !== null && opts.nullable?.includes(key)) return []
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${JSON.stringify(actual)}`]
    const item: unknown = example[0]
    if (item === undefined || (isPlainObject(item) && Object.keys(item).length === 0)) return []
    return actual.flatMap((a, i) => shapeMismatches(a, item, opts, `${path}[${i}]`))
  }
  if (isPlainObject(example)) {
    if (!isPlainObject(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`]
    if (Object.keys(example).length === 0) return [] // `{}` in an example (custom_fields): any object
    const wanted = Object.keys(example)
    const keys = Object.keys(actual)
    const extra = opts.extra ?? 'none'
    const orderOk =
      extra === 'none'
        ? JSON.stringify(keys) === JSON.stringify(wanted)
        : extra === 'after'
          ? JSON.stringify(keys.slice(0, wanted.length)) === JSON.stringify(wanted)
          : inOrder(keys, wanted)
    const problems = orderOk ? [] : [`${path}: keys ${JSON.stringify(keys)} do not match the documented ${JSON.stringify(wanted)} (extra: ${extra})`]
    return [...problems, ...wanted.filter((k) => k in actual).flatMap((k) => shapeMismatches(actual[k], example[k], opts, `${path}.${k}`))]
  }
  return kindMismatch(actual, example) ? [`${path}: ${JSON.stringify(actual)} is not of the documented kind of ${JSON.stringify(example)}`] : []
}

// Every `*_at` / `start_date` value in a body that is neither null nor `YYYY-MM-DDTHH:MM:SSZ` (API notes §5 #28).
export function badTimestamps(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => badTimestamps(v, `${path}[${i}]`))
  if (!isPlainObject(value)) return []
  return Object.entries(value).flatMap(([k, v]) => {
    const here = `${path}.${k}`
    const stamped = k.endsWith('_at') || k === 'start_date'
    if (stamped && v !== null && (typeof v !== 'string' || !TIMESTAMP.test(v))) return [`${here}: ${JSON.stringify(v)}`]
    return badTimestamps(v, here)
  })
}

/** The X-RateLimit-* headers of one response, as numbers (NaN when absent). */
export interface RateHeaders {
  limit: number
  remaining: number
  reset: number
}

// Reads X-RateLimit-Limit/Remaining/Reset.
export function rateHeadersOf(headers: Headers): RateHeaders {
  const num = (name: string) => Number(headers.get(name) ?? Number.NaN)
  return { limit: num('x-ratelimit-limit'), remaining: num('x-ratelimit-remaining'), reset: num('x-ratelimit-reset') }
}

// One real multipart request (e.g. the L1 CSV upload), parsed like `call`.
export async function callForm(sandbox: SandboxHandle, path: string, form: FormData, opts: { key?: string; method?: string } = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = opts.key === undefined ? {} : { 'X-API-Key': opts.key }
  const res = await fetch(`${sandbox.baseUrl}${path}`, { method: opts.method ?? 'POST', headers, body: form })
  const text = await res.text()
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json')
  return { status: res.status, headers: res.headers, body: isJson ? (JSON.parse(text) as unknown) : text }
}

// The L1 form: a CSV `file` part and the `mapping` JSON string.
export function csvForm(csv: string, mapping: Record<string, string>): FormData {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'leads.csv')
  form.append('mapping', JSON.stringify(mapping))
  return form
}

// A sandbox loaded from `state` (written to a fresh data dir, not re-seeded); cleanup closes it and removes the dir.
export async function startFromState(state: SandboxState, opts: SandboxOptions = {}): Promise<{ sandbox: SandboxHandle; cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir()
  await writeFile(join(dir, 'state.json'), JSON.stringify(state))
  const warnings: string[] = []
  const sandbox = await startSandbox({
    ...opts,
    dataDir: dir,
    log: (line) => {
      if (line.startsWith('sandbox: warning')) warnings.push(line)
    }
  })
  if (warnings.length > 0) {
    await sandbox.close()
    await cleanup()
    throw new Error(`arranged state was refused: ${warnings.join('; ')}`)
  }
  return {
    sandbox,
    cleanup: async () => {
      await sandbox.close()
      await cleanup()
    }
  }
}

// Adds a stored inbox (unreadable credentials: fine for every endpoint but real mail checks), checked against the live schema.
export function plantInbox(state: SandboxState, fields: Partial<SenderAccountRecord> & { inbox_id: string; email_address: string }): SenderAccountRecord {
  const stamp = '2024-01-15T10:30:00Z'
  const side = { ok: true, checked_at: stamp, error: null }
  const parsed = SenderAccountRecordSchema.safeParse({
    display_name: 'Planted inbox',
    inbox_type: 'CUSTOM_SMTP',
    smtp_host: 'smtp.planted.example',
    smtp_port: 587,
    smtp_username: fields.email_address,
    smtp_use_tls: true,
    imap_host: 'imap.planted.example',
    imap_port: 993,
    imap_username: fields.email_address,
    imap_use_ssl: true,
    daily_limit: 100,
    overall_status: 'ACTIVE',
    credentials: 'AAAA',
    health: { smtp: side, imap: side },
    sent_today: 0,
    created_at: stamp,
    updated_at: stamp,
    ...fields
  })
  if (!parsed.success) throw new Error(`planted inbox no longer matches SenderAccountRecordSchema: ${parsed.error.message}`)
  state.sender_accounts.push(parsed.data)
  return parsed.data
}

/** Real mail servers for sender-account endpoints: SMTP always, Dovecot when this machine can run it. */
export interface MailPeers {
  smtp: SmtpServers
  /** Null when Dovecot cannot run here; `imapSkip` says why. */
  dovecot: DovecotServer | null
  imapSkip: string | null
  /** The servers' certificate, to pass as `startSandbox({ mail: { trustedCa: [ca] } })`. */
  ca: string
  /** The mailbox login every server accepts. */
  user: MailUser
  stop(): Promise<void>
}

// Starts the SMTP test servers and, when possible, a throwaway Dovecot (root only).
export async function startMailPeers(): Promise<MailPeers> {
  const smtp = await startSmtpServers()
  let imapSkip = dovecotUnavailable()
  let dovecot: DovecotServer | null = null
  if (imapSkip === null) {
    try {
      dovecot = await startDovecot()
    } catch (err) {
      imapSkip = `Dovecot did not start: ${(err as Error).message.split('\n')[0] ?? ''}`
    }
  }
  const user = smtp.users[0]
  if (!user) throw new Error('the mail test servers have no users')
  return {
    smtp,
    dovecot,
    imapSkip,
    ca: smtp.ca,
    user,
    stop: async () => {
      await Promise.all([smtp.stop(), dovecot?.stop()])
    }
  }
}

// An S1 body for a CUSTOM_SMTP inbox on the test servers (STARTTLS SMTP, implicit-TLS IMAP); any address, the peers' login.
export function realInboxBody(peers: MailPeers, email: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email_address: email,
    display_name: `Conformance ${email}`,
    inbox_type: 'CUSTOM_SMTP',
    smtp_host: '127.0.0.1',
    smtp_port: peers.smtp.ports.starttls,
    smtp_username: peers.user.user,
    smtp_password: peers.user.pass,
    imap_host: '127.0.0.1',
    imap_port: peers.dovecot?.securePort ?? 1,
    imap_username: peers.user.user,
    imap_password: peers.user.pass,
    daily_limit: 50,
    smtp_use_tls: true,
    imap_use_ssl: true,
    ...extra
  }
}
