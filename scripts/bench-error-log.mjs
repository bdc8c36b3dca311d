// `npm run bench:error-log`: how the offline error log viewer's core copes with 100,000 records.
// Not a test (nothing is asserted, nothing runs it in CI): it prints timings and memory, each also as
// a ratio to a BASELINE measured in the same run on the same files — reading them and JSON.parse of
// every line, nothing else — so machine speed and load cancel out of the ratios.
//
// It writes 100,000 realistic records into a temp data dir THROUGH THE REAL ErrorLog (append →
// redaction → serial queue → rotation), then opens a fresh ErrorLog on that dir (nothing cached) and
// measures: first page cold and warm, groups, a kind + status-class filter, full-text search (a request
// id and a word), and memory. The TypeScript sources are loaded with Vite's module runner.
//
// Options: --records=N (default 100000), --keep (leave the temp dir). Run with --expose-gc (the npm
// script does) so memory deltas are measured after a full collection.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'

const root = join(import.meta.dirname, '..')
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`))
  return hit ? hit.slice(name.length + 3) : fallback
}
const RECORDS = Number(arg('records', '100000'))
const KEEP = process.argv.includes('--keep')
const MiB = 1024 * 1024

const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module
const { ErrorLog } = await load('src/main/core/error-log/index.ts')
const { Redactor } = await load('src/main/core/log/redactor.ts')

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

function record(i) {
  const [profileId, profileName] = pick(PROFILES)
  const requestId = `req_${hex(20)}`
  if (i === Math.floor(RECORDS / 2)) needleRequestId = requestId
  return {
    time: new Date(START + Math.floor((i / RECORDS) * SPAN_MS)).toISOString(),
    profileId, profileName, requestId,
    durationMs: Math.round(rand() * 2000 * 10) / 10,
    attempts: 1,
    ...pick(WEIGHTED)()
  }
}

// ---------------------------------------------------------------- helpers
const gc = () => globalThis.gc?.()
const memory = () => {
  gc()
  const m = process.memoryUsage()
  return { rss: m.rss, heap: m.heapUsed }
}
const ms = (n) => `${n.toFixed(1).padStart(8)} ms`
const mib = (n) => `${(n / MiB).toFixed(1).padStart(8)} MiB`
async function time(fn) {
  const started = performance.now()
  const value = await fn()
  return { ms: performance.now() - started, value }
}
/** Median of `runs` timings of `fn`. */
async function median(fn, runs = 5) {
  const times = []
  for (let i = 0; i < runs; i += 1) times.push((await time(fn)).ms)
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

// ---------------------------------------------------------------- write
const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-errlog-'))
// The default caps (10 files of 5 MiB, about 120,000 records): 100,000 records are all kept.
const options = { dataDir, redactor: new Redactor(), sync: 'none' }
const writer = new ErrorLog(options)
const write = await time(async () => {
  const BATCH = 5000 // stays under the queue's 10,000 pending-records cap
  for (let i = 0; i < RECORDS; i += BATCH) {
    const acks = []
    for (let j = i; j < Math.min(RECORDS, i + BATCH); j += 1) acks.push(writer.append(record(j)).acknowledged)
    await Promise.all(acks)
  }
})
await writer.close()
const files = readdirSync(join(dataDir, 'logs')).filter((n) => n.endsWith('.jsonl'))
const bytes = files.reduce((sum, n) => sum + readFileSync(join(dataDir, 'logs', n)).length, 0)

// ---------------------------------------------------------------- baseline: read + JSON.parse, nothing else
function baselineParse() {
  const out = []
  for (const name of readdirSync(join(dataDir, 'logs'))) {
    if (!name.endsWith('.jsonl')) continue
    for (const line of readFileSync(join(dataDir, 'logs', name), 'utf8').split('\n')) if (line) out.push(JSON.parse(line))
  }
  return out
}
const baseMem0 = memory()
const baselineFirst = await time(() => baselineParse())
let held = baselineFirst.value
const baseMem1 = memory()
const baselineBytes = { rss: baseMem1.rss - baseMem0.rss, heap: baseMem1.heap - baseMem0.heap }
const baselineCount = held.length
held = null
const baselineMs = await median(() => baselineParse(), 5)
gc()

// ---------------------------------------------------------------- the real ErrorLog, fresh (nothing cached)
const mem0 = memory()
const log = new ErrorLog(options)
const coldPage = await time(() => log.query({ limit: 50 }))
const warmPage = await median(() => log.query({ limit: 50 }))
const groupsCold = await time(() => log.groups({}))
const groupsWarm = await median(() => log.groups({}))
const filterInput = { kind: ['unavailable', 'server'], statusClass: '5xx', limit: 50 }
const filterFirst = await time(() => log.query(filterInput))
const filterWarm = await median(() => log.query(filterInput))
const filterGroups = await median(() => log.groups({ kind: 'not_found', statusClass: '4xx' }))
const searchIdFirst = await time(() => log.query({ text: needleRequestId, limit: 50 }))
const searchIdWarm = await median(() => log.query({ text: needleRequestId, limit: 50 }))
const searchWordFirst = await time(() => log.query({ text: 'authentication', limit: 50 }))
const searchWordWarm = await median(() => log.query({ text: 'authentication', limit: 50 }))
const fingerprint = groupsCold.value.groups[0].fingerprint
const byGroup = await median(() => log.query({ fingerprint, limit: 50 }))
const appendThenPage = await median(async () => {
  await log.append(record(RECORDS - 1)).acknowledged
  return log.query({ limit: 50 })
})
const appendThenGroups = await median(async () => {
  await log.append(record(RECORDS - 1)).acknowledged
  return log.groups({})
})
const info = await time(() => log.info())
const exported = await time(() => log.export({ kind: 'auth' }))
const mem1 = memory()
const used = { rss: mem1.rss - mem0.rss, heap: mem1.heap - mem0.heap }
await log.close()

// ---------------------------------------------------------------- report
const ratio = (n) => `${(n / baselineMs).toFixed(2).padStart(7)}× baseline`
const row = (label, n) => console.log(`${label.padEnd(58)} ${ms(n)}  ${ratio(n)}`)
console.log(`error-log benchmark — ${RECORDS.toLocaleString('en')} records, node ${process.version}, ${process.platform}/${process.arch}`)
console.log(`written through the real ErrorLog.append (redaction, serial queue, rotation, sync 'none') in ${write.ms.toFixed(0)} ms ` +
  `(${Math.round(RECORDS / (write.ms / 1000)).toLocaleString('en')} records/s)`)
console.log(`on disk: ${files.length} files, ${(bytes / MiB).toFixed(1)} MiB (${Math.round(bytes / RECORDS)} bytes/record); default caps (10 × 5 MiB)`)
console.log(`records read back: baseline ${baselineCount.toLocaleString('en')}, ErrorLog ${coldPage.value.total.toLocaleString('en')}, groups ${groupsCold.value.totalGroups}`)
console.log('')
console.log(`${'BASELINE: read files + JSON.parse every line'.padEnd(58)} ${ms(baselineMs)}  (median of 5; first run ${baselineFirst.ms.toFixed(1)} ms)`)
row('first page, cold (fresh ErrorLog: read+parse+validate)', coldPage.ms)
row('first page, warm (limit 50, median of 5)', warmPage)
row('groups, first call (fingerprints computed)', groupsCold.ms)
row('groups, warm (median of 5)', groupsWarm)
row(`filter kind+statusClass 5xx, first (${filterFirst.value.total} hits)`, filterFirst.ms)
row('filter kind+statusClass 5xx, warm', filterWarm)
row('groups filtered kind not_found + 4xx, warm', filterGroups)
row(`search request id, first (${searchIdFirst.value.total} hit)`, searchIdFirst.ms)
row('search request id, warm', searchIdWarm)
row(`search word "authentication", first (${searchWordFirst.value.total} hits)`, searchWordFirst.ms)
row('search word "authentication", warm', searchWordWarm)
row(`records of one group (fingerprint filter, ${groupsCold.value.groups[0].count} hits)`, byGroup)
row('one append, then first page (log grew: view extended)', appendThenPage)
row('one append, then groups (fingerprints reused)', appendThenGroups)
row('info', info.ms)
row(`export kind auth (${exported.value.count} records)`, exported.ms)
console.log('')
const memRow = (label, n, base) => console.log(`${label.padEnd(58)} ${mib(n)}  ${(n / base).toFixed(2).padStart(7)}× baseline`)
console.log(`${'BASELINE memory: parsed objects held (heapUsed)'.padEnd(58)} ${mib(baselineBytes.heap)}  (rss ${mib(baselineBytes.rss).trim()})`)
memRow('ErrorLog after all of the above, heapUsed delta', used.heap, baselineBytes.heap)
memRow('ErrorLog after all of the above, rss delta', used.rss, Math.max(baselineBytes.rss, 1))
if (!globalThis.gc) console.log('(run with node --expose-gc for steadier memory numbers)')

if (KEEP) console.log(`kept ${dataDir}`)
else rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
