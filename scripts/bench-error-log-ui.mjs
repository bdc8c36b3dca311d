// `npm run bench:error-log-ui`: the error log VIEWER with 100,000 records in headless Chromium (see
// scripts/bench/rows/error-log-viewer.mjs for what is measured and against which baseline). Not a test:
// nothing is asserted and CI does not run it. Options: --records=N (default 100000), --keep.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { runnerImport } from 'vite'
import { formatTable } from './bench/report.mjs'
import { run } from './bench/rows/error-log-viewer.mjs'

const root = join(import.meta.dirname, '..')
const records = Number(process.argv.find((a) => a.startsWith('--records='))?.slice(10) ?? '100000')
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => p && existsSync(p)) ?? null
await import('./ensure-built.js')
const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module
const started = Date.now()
const rows = await run({ root, load, chromiumPath, records, keep: process.argv.includes('--keep') })
console.log(formatTable(rows, { date: new Date().toISOString(), cpu: '', memory: '', os: `node ${process.version}`, versions: '', seconds: ((Date.now() - started) / 1000).toFixed(0) }))
process.exit(0)
