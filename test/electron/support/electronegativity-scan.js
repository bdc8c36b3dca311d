// Runs Electronegativity's runner (the code behind its CLI) over a folder with SARIF output, in a
// child process of the test. Two differences from the CLI, both for the test's sake:
// - its HTTP client (got) is replaced by one that fails at once, so the scan never touches the
//   network (it would fetch translations from S3; the bundled en-US messages are used instead);
// - it prints what the CLI hides when writing a file: files it could not parse (so not scanned)
//   and how many checks ran.
// Usage: node electronegativity-scan.js <input dir> <out.sarif> <electron version> <excluded,checks>
import Module, { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const load = createRequire(import.meta.url)
const packageDir = dirname(load.resolve('@doyensec/electronegativity/package.json'))
const gotPath = createRequire(join(packageDir, 'dist/locales/i18n.js')).resolve('got')
const offline = () => Promise.reject(new Error('network disabled for this scan'))
offline.head = offline
const stub = new Module(gotPath)
stub.filename = gotPath
stub.loaded = true
stub.exports = Object.assign(offline, { default: offline, __esModule: true })
load.cache[gotPath] = stub

const runner = load('@doyensec/electronegativity')
const run = runner.default ?? runner
const [input, output, electronVersion, excluded = ''] = process.argv.slice(2)

run(
  {
    input,
    output,
    isSarif: true,
    isRelative: true,
    customScan: [],
    excludeFromScan: excluded.split(',').filter(Boolean),
    electronVersionOverride: electronVersion,
    parserPlugins: []
  },
  false
).then(
  (result) => {
    const summary = { globalChecks: result.globalChecks, atomicChecks: result.atomicChecks, errors: result.errors }
    process.stdout.write(`\n@@summary ${JSON.stringify(summary)}\n`)
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`)
    process.exit(1)
  }
)
