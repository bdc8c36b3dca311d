// Row: what recording a failure in the error log adds to the request path. The dispatcher calls
// `errorLog.appendError` synchronously (redaction, sealing, queueing) and never waits for the write,
// so the added latency is that call; the write's own latency (until acknowledged) is shown beside it.
// Baseline in the same run: a bare `fs.promises.appendFile` of one line of the same size.
import { mkdtempSync, rmSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { percentile } from '../page-timing.mjs'

const RUNS = 5000

/** A 422 as the core meets it: field issues, a request id, and a key the redactor must scrub. */
const failure = (i) => ({
  kind: 'validation',
  operation: 'campaigns.update',
  guidance: 'fix-fields',
  status: 422,
  message: 'ColdSend refused 1 field.',
  detail: `Subject must not be empty (request ${i})`,
  requestId: `req_${i.toString(16).padStart(12, '0')}`,
  attempts: 1,
  issues: [{ loc: ['body', 'variants', 0, 'subject_template'], path: 'variants.0.subject_template', msg: 'Field required', type: 'missing', source: 'server' }]
})

/** Measures the error-log append on the request path against a bare appendFile; returns table rows. */
export async function run({ load }) {
  const { ErrorLog } = await load('src/main/core/error-log/index.ts')
  const { Redactor } = await load('src/main/core/log/redactor.ts')
  const dataDir = mkdtempSync(join(tmpdir(), 'cs-bench-append-'))
  const redactor = new Redactor()
  redactor.remember('cs_live_BENCHsecretKEY0123456789')
  const log = new ErrorLog({ dataDir, redactor }) // the console's defaults: sync 'interval', 5 MiB files
  const onPath = []
  const acked = []
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now()
    const appended = log.appendError(failure(i), { profileId: 'p1', profileName: 'Production', method: 'PUT', path: '/campaigns/{campaign_id}', durationMs: 120 })
    onPath.push(performance.now() - started)
    await appended.acknowledged
    acked.push(performance.now() - started)
  }
  await log.close()
  const line = `${JSON.stringify({ v: 1, id: 'x'.repeat(36), time: new Date().toISOString(), ...failure(0) })}\n`
  const bare = []
  const file = join(dataDir, 'bare.jsonl')
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now()
    await appendFile(file, line)
    bare.push(performance.now() - started)
  }
  rmSync(dataDir, { recursive: true, force: true })
  const base = percentile(bare, 99)
  const path99 = percentile(onPath, 99)
  const acked99 = percentile(acked, 99)
  return [
    {
      what: 'error-log append on the request path, p99 (appendError: redact, seal, queue)',
      value: path99,
      unit: 'ms',
      baseline: base,
      baselineWhat: 'bare appendFile of one line, p99',
      budget: 'added ≤ 1 ms',
      ok: path99 <= 1,
      note: `${RUNS} appends; p50 ${percentile(onPath, 50).toFixed(3)} ms`
    },
    {
      what: 'error-log append until written (off the request path), p99',
      value: acked99,
      unit: 'ms',
      baseline: base,
      baselineWhat: 'bare appendFile of one line, p99',
      budget: '—',
      ok: null,
      note: `p50 ${percentile(acked, 50).toFixed(3)} ms vs bare p50 ${percentile(bare, 50).toFixed(3)} ms`
    }
  ]
}
