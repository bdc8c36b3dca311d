// Realistic error-log records for the benchmarks, written through the real ErrorLog (append →
// redaction → serial queue → rotation), and the baseline both benchmarks measure against: reading the
// JSONL files raw and JSON.parse of every line.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

// ---------------------------------------------------------------- realistic records
/** A small deterministic PRNG so every run writes the same log. */
let seed = 0x2f6e2b1
const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32)
const pick = (list) => list[Math.floor(rand() * list.length)]
const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('')
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`
const PROFILES = [['p-prod', 'Production'], ['p-stage', 'Staging'], ['p-sandbox', 'Sandbox'], ['p-eu', 'EU agency']]
const FIRST = ['ann', 'bob', 'chen', 'dara', 'eli', 'fatima', 'gus', 'hana']
const email = () => `${pick(FIRST)}.${hex(4)}@${pick(['prospect', 'acme', 'globex'])}.example`

/** Failure shapes seen in practice, weighted by how often they happen. */
const SHAPES = [
  [20, () => ({ operation: 'campaigns.get', method: 'GET', path: '/campaigns/{campaign_id}', status: 404, kind: 'not_found', guidance: 'refresh-list', message: 'That campaign no longer exists.', detail: `Campaign ${uuid()} not found` })],
  [15, () => ({ operation: 'leads.add', method: 'POST', path: '/campaigns/{campaign_id}/leads', status: 409, kind: 'conflict', guidance: 'use-existing', message: 'This lead is already in the campaign.', detail: `Lead with email ${email()} already exists in campaign ${uuid()}` })],
  [12, () => ({ operation: 'campaigns.create', method: 'POST', path: '/campaigns', status: 422, kind: 'validation', guidance: 'fix-request', message: 'Some fields need fixing.', issues: [{ loc: ['body', 'variants', Math.floor(rand() * 3), 'email_content'], path: 'variants.0.email_content', msg: 'Field required' }] })],
  [10, () => ({ operation: 'campaigns.list', method: 'GET', path: '/campaigns', status: 503, kind: 'unavailable', guidance: 'retry-later', message: 'ColdSend is temporarily unavailable.', attempts: 3 })],
  [10, () => ({ operation: pick(['campaigns.list', 'leads.list', 'senderAccounts.list']), method: 'GET', path: '/campaigns', kind: 'network', guidance: 'check-connection', message: `Could not reach api.coldsend.example (ECONNREFUSED 10.0.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}:443)`, attempts: 3 })],
  [8, () => ({ operation: 'campaigns.launch', method: 'POST', path: '/campaigns/{campaign_id}/launch', status: 400, kind: 'business', guidance: 'fix-request', message: 'The campaign cannot launch yet.', detail: `Campaign ${uuid()} has ${Math.floor(rand() * 5)} leads and no inboxes`, extra: { code: 'launch_requirements_missing' } })],
  [8, () => ({ operation: pick(['campaigns.list', 'leads.add', 'campaigns.get']), method: 'GET', path: '/campaigns', status: 429, kind: 'rate_limited', guidance: 'wait-and-retry', message: `Rate limited; retry in ${Math.floor(rand() * 60)} seconds.` })],
  [6, () => ({ operation: 'senderAccounts.create', method: 'POST', path: '/sender-accounts/smtp', status: 400, kind: 'business', guidance: 'check-mail-settings', message: 'The inbox could not connect.', detail: `SMTP connection failed for ${email()}: 535 5.7.8 Authentication failed`, extra: { code: 'connection_failed' } })],
  [5, () => ({ operation: pick(['campaigns.update', 'leads.remove']), method: 'PATCH', path: '/campaigns/{campaign_id}', status: 500, kind: 'server', guidance: 'retry-later', message: 'ColdSend had an internal error.', detail: `Internal Server Error (trace ${hex(16)})` })],
  [4, () => ({ operation: 'campaigns.create', method: 'POST', path: '/campaigns', kind: 'timeout', guidance: 'check-before-resending', message: 'No answer within 30 seconds; it may have been created.', attempts: 1 })],
  [2, () => ({ operation: pick(['campaigns.list', 'profiles.test']), method: 'GET', path: '/campaigns', status: 401, kind: 'auth', guidance: 'fix-key', message: 'The API key was refused.', detail: 'Invalid or revoked API key' })]
]
const WEIGHTED = SHAPES.flatMap(([w, make]) => Array.from({ length: w }, () => make))
const START = Date.parse('2026-11-01T00:00:00.000Z')
const SPAN_MS = 14 * 24 * 3600 * 1000
/** A request id of the ~middle record, searched for later. */
let needleRequestId = ''

/** Record number `i` of `total` (times spread over two weeks, oldest first); the middle one's request id is the needle. */
export function benchRecord(i, total) {
  const [profileId, profileName] = pick(PROFILES)
  const requestId = `req_${hex(20)}`
  if (i === Math.floor(total / 2)) needleRequestId = requestId
  return {
    time: new Date(START + Math.floor((i / total) * SPAN_MS)).toISOString(),
    profileId, profileName, requestId,
    durationMs: Math.round(rand() * 2000 * 10) / 10,
    attempts: 1,
    ...pick(WEIGHTED)()
  }
}

/**
 * Writes `total` records into `<dataDir>/logs` through `new ErrorLog(options)` (default caps), 5,000 at
 * a time (under the queue's pending cap); returns the needle request id, the time taken and the files.
 */
export async function writeBenchLog(ErrorLog, options, total) {
  const started = performance.now()
  const writer = new ErrorLog(options)
  const BATCH = 5000
  for (let i = 0; i < total; i += BATCH) {
    const acks = []
    for (let j = i; j < Math.min(total, i + BATCH); j += 1) acks.push(writer.append(benchRecord(j, total)).acknowledged)
    await Promise.all(acks)
  }
  await writer.close()
  const ms = performance.now() - started
  const dir = join(options.dataDir, 'logs')
  const files = readdirSync(dir).filter((n) => n.endsWith('.jsonl'))
  const bytes = files.reduce((sum, n) => sum + readFileSync(join(dir, n)).length, 0)
  return { needleRequestId, ms, files: files.length, bytes }
}

/** THE BASELINE: read every JSONL file of `<dataDir>/logs` and JSON.parse each line, nothing else. */
export function baselineParse(dataDir) {
  const out = []
  for (const name of readdirSync(join(dataDir, 'logs'))) {
    if (!name.endsWith('.jsonl')) continue
    for (const line of readFileSync(join(dataDir, 'logs', name), 'utf8').split('\n')) if (line) out.push(JSON.parse(line))
  }
  return out
}
