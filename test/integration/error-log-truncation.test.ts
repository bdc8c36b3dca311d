import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorLog } from '../../src/main/core/error-log'
import { Redactor } from '../../src/main/core/log/redactor'
import type { ErrorLogRecord } from '../../src/shared/contract/error-log'

// Done-when: "a fuzz test truncating the log at every byte offset of its last three records never
// throws". Also checks that everything before the torn record survives intact, and that the next
// append after the cut lands on a line of its own.

const RECORDS = 9
let work: string
let bytes: Buffer
let lines: string[]
let original: ErrorLogRecord[]

const open = (dataDir: string) => new ErrorLog({ dataDir, redactor: new Redactor(), sync: 'none', onError: () => undefined })

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cs-errlog-trunc-'))
  const log = open(join(work, 'source'))
  for (let i = 0; i < RECORDS; i += 1) {
    await log.append({
      time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      operation: 'senderAccounts.create',
      kind: i % 2 ? 'validation' : 'business',
      status: i % 2 ? 422 : 400,
      message: `record ${i}: ünïcödé ✓ 😀 ${'é'.repeat(i * 3)}`,
      issues: i % 2 ? [{ loc: ['body', 'smtp_port'], path: 'smtpPort', msg: 'Input should be ≤ 65535' }] : undefined,
      extra: { n: i, nested: { quote: 'a "quoted" \\ value' } }
    }).acknowledged
  }
  await log.close()
  bytes = readFileSync(join(log.dir, 'errors.jsonl'))
  lines = bytes.toString('utf8').split('\n').slice(0, -1)
  original = lines.map((l) => JSON.parse(l) as ErrorLogRecord)
  expect(original).toHaveLength(RECORDS)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Records a reader must return for a file cut at `offset`: every whole line, plus the cut one if only its newline is missing. */
function expectedFor(offset: number): ErrorLogRecord[] {
  const prefix = bytes.subarray(0, offset)
  const whole = prefix.toString('utf8').split('\n').length - 1
  const partial = prefix.subarray(prefix.lastIndexOf(0x0a) + 1)
  const complete = whole < RECORDS && partial.equals(Buffer.from(lines[whole] ?? '', 'utf8'))
  return original.slice(0, whole + (complete ? 1 : 0))
}

describe('error log truncated at every byte offset of its last three records', () => {
  it('never throws, keeps every earlier record intact, and appends cleanly after the cut', async () => {
    const lastThreeStart = Buffer.byteLength(lines.slice(0, RECORDS - 3).map((l) => l + '\n').join(''))
    let cases = 0
    for (let offset = lastThreeStart; offset <= bytes.length; offset += 1) {
      const dataDir = join(work, `cut-${offset}`)
      mkdirSync(join(dataDir, 'logs'), { recursive: true })
      writeFileSync(join(dataDir, 'logs', 'errors.jsonl'), bytes.subarray(0, offset))
      const expected = expectedFor(offset)

      const log = open(dataDir)
      const page = await log.query({ limit: 500 })
      expect([...page.records].reverse(), `cut at ${offset}`).toEqual(expected)
      expect(page.quarantinedFiles).toEqual([])

      const { id, acknowledged } = log.append({ operation: 'campaigns.list', kind: 'server', message: `after cut ${offset}` })
      await acknowledged
      const after = await log.query({ limit: 500 })
      expect(after.records[0]?.id).toBe(id)
      expect(after.records.slice(1).reverse()).toEqual(expected)
      await log.close()
      rmSync(dataDir, { recursive: true, force: true })
      cases += 1
    }
    expect(cases).toBeGreaterThan(300)
  }, 120_000)
})
