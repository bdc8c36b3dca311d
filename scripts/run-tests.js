// `npm test`: build, typecheck, lint, then every Vitest suite (unit, integration against real
// servers on 127.0.0.1, end-to-end in headless Chromium). Ends with the line CI reads,
// "N passed, N failed, N skipped", computed from Vitest's JSON report.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (label, cmd, args) => {
  process.stdout.write(`\n== ${label}\n`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  return result.status ?? 1
}

const failures = []
if (run('build', bin('electron-vite'), ['build']) !== 0) failures.push('build')
if (run('typecheck', 'npm', ['run', '--silent', 'typecheck']) !== 0) failures.push('typecheck')
if (run('lint', bin('eslint'), ['.']) !== 0) failures.push('lint')

mkdirSync(join(root, 'test-results'), { recursive: true })
const report = join(root, 'test-results', 'vitest.json')
const vitestStatus = run('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)])

let passed = 0, failed = 0, skipped = 0
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests
  skipped = r.numPendingTests + r.numTodoTests
  if (r.numTotalTestSuites > 0 && r.testResults.some((s) => s.status === 'failed' && s.assertionResults.length === 0)) {
    failures.push('a test file failed to load')
  }
} else failures.push('no test report')
if (vitestStatus !== 0 && failed === 0) failures.push(`vitest exited ${vitestStatus}`)
if (passed === 0) failures.push('no test ran')

if (failures.length > 0) process.stdout.write(`\nFailed steps: ${failures.join(', ')}\n`)
const exitCode = failures.length > 0 || failed > 0 ? 1 : 0
// When a non-test step failed, count it as a failure so the closing line never reads as green.
process.stdout.write(`${passed} passed, ${failed + (failures.length > 0 && failed === 0 ? 1 : 0)} failed, ${skipped} skipped\n`)
process.exit(exitCode)
