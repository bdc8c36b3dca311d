// Child process for the kill -9 test: appends error records as fast as it can and prints the id of
// each one once its write is acknowledged. The test bundles this file (vite build) and runs it with
// plain `node <bundle> <dataDir> <maxFileBytes> <maxFiles>`; the parent SIGKILLs it mid-stream.
import { setImmediate as tick } from 'node:timers/promises'
import { ErrorLog } from '../../src/main/core/error-log'
import { Redactor } from '../../src/main/core/log/redactor'

const [dataDir, maxFileBytes, maxFiles] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: error-log-child <dataDir> <maxFileBytes> <maxFiles>')
const log = new ErrorLog({
  dataDir,
  redactor: new Redactor(),
  maxFileBytes: Number(maxFileBytes),
  maxFiles: Number(maxFiles),
  sync: 'none',
  onError: (message) => process.stderr.write(`error-log: ${message}\n`)
})

const MAX_IN_FLIGHT = 200
let inFlight = 0
let n = 0
process.stdout.write('ready\n')
for (;;) {
  while (inFlight < MAX_IN_FLIGHT) {
    n += 1
    const { id, acknowledged } = log.append({
      operation: 'campaigns.create',
      kind: 'validation',
      status: 422,
      method: 'POST',
      path: '/campaigns',
      message: `record ${n} — ünïcödé ✓ ${'x'.repeat(n % 97)}`,
      issues: [{ loc: ['body', 'variants', n % 5, 'subject_template'], path: `variants.${n % 5}.subject_template`, msg: 'Field required' }],
      requestId: `req-${process.pid}-${n}`,
      attempts: 1
    })
    inFlight += 1
    acknowledged.then(
      () => {
        inFlight -= 1
        // stdout to a pipe is synchronous on Linux: once the parent sees the id, the ack happened first.
        process.stdout.write(`ack ${id}\n`)
      },
      () => {
        inFlight -= 1
      }
    )
  }
  await tick()
}
