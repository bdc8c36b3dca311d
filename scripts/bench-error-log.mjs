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
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'
import { baselineParse as parseAll, benchRecord, writeBenchLog } from './bench/error-log-fixture.mjs'

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
const written = await writeBenchLog(ErrorLog, options, RECORDS)
const { needleRequestId, files, bytes } = written
const write = { ms: written.ms }
const baselineParse = () => parseAll(dataDir)
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
  await log.append(benchRecord(RECORDS - 1, RECORDS)).acknowledged
  return log.query({ limit: 50 })
})
const appendThenGroups = await median(async () => {
  await log.append(benchRecord(RECORDS - 1, RECORDS)).acknowledged
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
console.log(`on disk: ${files} files, ${(bytes / MiB).toFixed(1)} MiB (${Math.round(bytes / RECORDS)} bytes/record); default caps (10 × 5 MiB)`)
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
