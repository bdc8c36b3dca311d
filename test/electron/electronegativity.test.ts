import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/built-shell'
import { gate, sarifFindings, type AllowEntry, type Finding } from './support/sarif-gate'

// Electronegativity over src/ (the TypeScript sources: its checks only see options written inline),
// gated on its SARIF output because the CLI exits 0 whatever it finds. Every finding needs a reviewed
// entry in electronegativity-allowlist.json; fix real problems instead of listing them.
interface AllowList {
  excludedChecks: { check: string; runnerName: string; reason: string }[]
  allowed: AllowEntry[]
}
interface ScanSummary {
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string; tolerable: boolean }[]
}

const allowList = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf8')) as AllowList
const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!

let findings: Finding[]
let summary: ScanSummary

beforeAll(async () => {
  const sarifFile = join(mkdtempSync(join(tmpdir(), 'coldsend-eng-')), 'electronegativity.sarif')
  const excluded = allowList.excludedChecks.map((entry) => entry.runnerName).join(',')
  const started = Date.now()
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(import.meta.dirname, 'support/electronegativity-scan.js'), join(ROOT, 'src'), sarifFile, electronVersion, excluded],
    { cwd: ROOT, env: { ...process.env, LANG: 'en-US' }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }
  )
  const line = stdout.split('\n').find((text) => text.startsWith('@@summary '))
  if (!line) throw new Error(`the scan printed no summary:\n${stdout}`)
  summary = JSON.parse(line.slice('@@summary '.length)) as ScanSummary
  findings = sarifFindings(JSON.parse(readFileSync(sarifFile, 'utf8')), 'src')
  console.log(`[electronegativity] scanned src/ in ${Date.now() - started} ms: ${findings.length} findings, ${summary.atomicChecks} atomic + ${summary.globalChecks} global checks`)
}, 150_000)

describe('Electronegativity on src/', () => {
  it('ran every check but the excluded network one, and parsed every file', () => {
    expect(summary.atomicChecks).toBe(36)
    expect(summary.globalChecks).toBe(6 - allowList.excludedChecks.length)
    expect(summary.errors.filter((error) => !error.tolerable)).toEqual([])
  })

  it('finds nothing that is not reviewed in the allow-list, and the allow-list has no stale entry', () => {
    const { unexplained, stale } = gate(findings, allowList.allowed)
    expect(unexplained, 'fix these, or review and allow-list them with a reason').toEqual([])
    expect(stale, 'these no longer match a finding: remove them').toEqual([])
  })

  it('gives every allow-list entry and exclusion a real reason', () => {
    for (const entry of [...allowList.allowed, ...allowList.excludedChecks]) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/)
      expect(entry.reason.length, entry.check).toBeGreaterThan(40)
    }
    for (const entry of allowList.allowed) expect(entry.file).toMatch(/^src\//)
  })
})

describe('the SARIF gate', () => {
  const sarif = {
    runs: [
      {
        results: [
          { ruleId: 'NODE_INTEGRATION_JS_CHECK', level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'main/a.ts' }, region: { startLine: 3 } } }] },
          { ruleId: 'PRELOAD_JS_CHECK', level: 'note', locations: [{ physicalLocation: { artifactLocation: { uri: 'main/a.ts' }, region: { startLine: 9 } } }] }
        ]
      }
    ]
  }
  const parsed = sarifFindings(sarif, 'src')

  it('reads check, repo path, level and line from the SARIF results', () => {
    expect(parsed).toEqual([
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'src/main/a.ts', level: 'warning', line: 3 },
      { check: 'PRELOAD_JS_CHECK', file: 'src/main/a.ts', level: 'note', line: 9 }
    ])
  })

  it('fails an unlisted warning and an unlisted review note, passes listed ones, flags stale entries', () => {
    const preload: AllowEntry = { check: 'PRELOAD_JS_CHECK', file: 'src/main/a.ts', reason: 'reviewed' }
    const elsewhere: AllowEntry = { check: 'NODE_INTEGRATION_JS_CHECK', file: 'src/main/b.ts', reason: 'other file' }
    expect(gate(parsed, []).unexplained.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'PRELOAD_JS_CHECK'])
    const result = gate(parsed, [preload, elsewhere])
    expect(result.unexplained.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    expect(result.stale).toEqual([elsewhere])
  })
})
