// `npm run bench`: how fast the console is, each figure beside a baseline measured in the same run on
// this machine (so its speed and load cancel out of the ratio), against the budgets of issue 14.
// Not a test: budgets are reported, never asserted (size, which is deterministic, is checked in
// `npm test`). Prints a table and writes BENCHMARKS.md with the machine, versions and results.
//
// Rows live in scripts/bench/rows/*.mjs, one measurement each, run one after another (never in
// parallel: they share 2 cores). `--only=name,name` runs some of them; `--no-write` leaves
// BENCHMARKS.md alone.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runnerImport } from 'vite'
import { formatMarkdown, formatTable } from './bench/report.mjs'

const root = join(import.meta.dirname, '..')
const ROWS = ['log-append', 'rate-limit', 'proxy-overhead', 'cold-start', 'lead-list', 'error-log-viewer', 'bundle-size']
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',')
const write = !process.argv.includes('--no-write')
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => p && existsSync(p)) ?? null

await import('./ensure-built.js')
/** Loads a TypeScript module of the project (Vite's module runner), as the benchmarks measure the real code. */
const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module
const env = { root, load, chromiumPath, log: (line) => process.stderr.write(`  ${line}\n`) }

const results = []
const started = performance.now()
for (const name of ROWS.filter((n) => !only || only.includes(n))) {
  process.stderr.write(`bench ${name}…\n`)
  const rowStarted = performance.now()
  const { run } = await import(`./bench/rows/${name}.mjs`)
  const rows = await run(env)
  for (const row of rows) results.push({ group: name, ...row })
  process.stderr.write(`bench ${name}: ${((performance.now() - rowStarted) / 1000).toFixed(1)} s\n`)
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
const chromiumVersion = chromiumPath ? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'not installed'
const machine = {
  date: new Date().toISOString(),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  os: `${process.platform}/${process.arch} ${readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/)?.[1] ?? ''}`.trim(),
  versions: `node ${process.version}, ${chromiumVersion}, console ${pkg.version}, react ${version('react')}, ky ${version('ky')}, vite ${version('vite')}`,
  seconds: ((performance.now() - started) / 1000).toFixed(0)
}
console.log(formatTable(results, machine))
if (write) {
  writeFileSync(join(root, 'BENCHMARKS.md'), formatMarkdown(results, machine))
  console.log('wrote BENCHMARKS.md')
}
process.exit(0)
