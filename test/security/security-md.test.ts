import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// SECURITY.md maps every item of Electron's 20-item checklist to the tests that prove it; an item
// left out, or a proof that names a test file that does not exist, fails the run.

const ROOT = join(import.meta.dirname, '..', '..')
const text = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8')

/** The checklist table's rows: item number → the test files its last column names. */
function checklistRows(): Map<number, string[]> {
  const rows = new Map<number, string[]>()
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const n = Number(cells[1])
    if (!/^\d+$/.test(cells[1] ?? '') || !Number.isInteger(n)) continue
    rows.set(n, [...(cells[4] ?? '').matchAll(/`(test\/[^`]+)`/g)].map((m) => m[1]!))
  }
  return rows
}

describe('SECURITY.md', () => {
  it('lists checklist items 1–20, each once, each with at least one test that exists', () => {
    const rows = checklistRows()
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const [n, files] of rows) {
      expect(files.length, `item ${n} names no test`).toBeGreaterThan(0)
      for (const file of files) expect(existsSync(join(ROOT, file)), `item ${n}: ${file}`).toBe(true)
    }
  })

  it('has the threat model for each actor the design names, and where keys live', () => {
    for (const actor of ['A compromised renderer', 'A malicious or echoing API server', 'Another local user', 'Another local process', 'A stolen laptop']) {
      expect(text).toContain(actor)
    }
    expect(text).toMatch(/## Where keys live/)
    for (const file of [...text.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((m) => m[1]!)) expect(existsSync(join(ROOT, file)), file).toBe(true)
  })
})
