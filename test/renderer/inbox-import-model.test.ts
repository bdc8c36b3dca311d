// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { guessInboxMapping, isSecretColumn } from '../../src/renderer/src/screens/inboxes/import/inbox-columns'
import { buildRows, isSendable, rowValues, validateRow, type ImportRow } from '../../src/renderer/src/screens/inboxes/import/import-rows'
import { jobOutcomes, mergeOutcomes, refusalOutcomes } from '../../src/renderer/src/screens/inboxes/import/job-results'
import { MAX_IMPORT_ROWS, parseInboxCsv, templateCsv } from '../../src/renderer/src/screens/inboxes/import/parse-inbox-csv'
import { modeForPort, rowCheckOutcome, rowCheckRequest } from '../../src/renderer/src/screens/inboxes/import/row-check'
import { runLimited } from '../../src/renderer/src/screens/inboxes/import/run-limited'
import { bulkItem, chunk } from '../../src/renderer/src/screens/inboxes/import/submit-rows'
import { errorBase } from './helpers/fixtures'

const HEADER = ['email_address', 'display_name', 'smtp_host', 'smtp_port', 'smtp_username', 'smtp_password', 'imap_host', 'imap_port', 'imap_username', 'imap_password']
const cells = (n: number, overrides: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    email_address: `s${n}@acme.example`, display_name: `Sender ${n}`, smtp_host: 'smtp.acme.example', smtp_port: '587', smtp_username: `s${n}@acme.example`,
    smtp_password: ` pw-${n} `, imap_host: 'imap.acme.example', imap_port: '993', imap_username: `s${n}@acme.example`, imap_password: `ipw-${n}`
  }
  return HEADER.map((h) => overrides[h] ?? base[h] ?? '')
}
const mapping = guessInboxMapping(HEADER)
const rowsOf = (...list: string[][]) => buildRows(list, HEADER, mapping)

describe('column auto-detect', () => {
  it('maps API names and spoken headers alike, each column once', () => {
    expect(guessInboxMapping(HEADER)).toEqual(Object.fromEntries(HEADER.map((h) => [h, h])))
    const spoken = ['Email', 'Name', 'SMTP Host', 'SMTP-Port', 'Username', 'Password', 'IMAP Host', 'imap port', 'Notes']
    expect(guessInboxMapping(spoken)).toEqual({
      email_address: 'Email', display_name: 'Name', smtp_host: 'SMTP Host', smtp_port: 'SMTP-Port', smtp_username: 'Username',
      smtp_password: 'Password', imap_host: 'IMAP Host', imap_port: 'imap port'
    })
    expect(guessInboxMapping(['Notes', 'Owner'])).toEqual({})
  })
  it('treats mapped password columns and pass/secret headers as secret', () => {
    expect(isSecretColumn('Kennwort', { smtp_password: 'Kennwort' })).toBe(true)
    expect(isSecretColumn('old_pass', {})).toBe(true)
    expect(isSecretColumn('smtp_host', mapping)).toBe(false)
  })
})

describe('reading the file', () => {
  it('needs a header and at least one row, and refuses more than the maximum', () => {
    expect(parseInboxCsv('')).toEqual({ error: expect.stringMatching(/no header row/) })
    expect(parseInboxCsv('a,b\n')).toEqual({ error: expect.stringMatching(/no inboxes/) })
    expect(parseInboxCsv(`a\n${'x\n'.repeat(MAX_IMPORT_ROWS + 1)}`)).toEqual({ error: expect.stringMatching(/at most 1000/) })
    expect(parseInboxCsv('\uFEFFa, b \n1,2\n\n')).toEqual({ columns: ['a', 'b'], rows: [['1', '2']] })
  })
  it('offers a template whose every column is detected and whose passwords are empty', () => {
    const parsed = parseInboxCsv(templateCsv())
    if ('error' in parsed) throw new Error(parsed.error)
    expect(Object.keys(guessInboxMapping(parsed.columns))).toHaveLength(12)
    const [row] = buildRows(parsed.rows, parsed.columns, guessInboxMapping(parsed.columns))
    expect(row?.values.smtp_password).toBe('')
  })
})

describe('row validation (the Add inbox rules)', () => {
  it('fills form values, cleans passwords, defaults ports and the IMAP login', () => {
    const values = rowValues(['a@x.example', 'A', 'h', 'u', ' abcd efgh ijkl mnop '], ['email', 'name', 'smtp_host', 'user', 'password'], guessInboxMapping(['email', 'name', 'smtp_host', 'user', 'password']))
    expect(values).toMatchObject({ smtp_port: '587', imap_port: '993', smtp_password: 'abcdefghijklmnop', imap_password: 'abcdefghijklmnop', imap_username: 'u', inbox_type: 'CUSTOM_SMTP' })
    expect(validateRow(values).map((i) => i.path)).toEqual(['imap_host'])
  })
  it('numbers rows from 1 and lists each problem on its field', () => {
    const rows = rowsOf(cells(1), cells(2, { smtp_port: '70000', email_address: 'nope' }), cells(3, { smtp_host: ' ' }))
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3])
    expect(rows[0]?.issues).toEqual([])
    expect(rows[0]?.values.smtp_password).toBe('pw-1')
    expect(rows[1]?.issues.map((i) => i.path).sort()).toEqual(['email_address', 'smtp_port'])
    expect(rows[2]?.issues).toEqual([{ path: 'smtp_host', msg: 'SMTP host is required.' }])
  })
  it('maps provider words to the wire values and flags unknown ones', () => {
    const cols = [...HEADER, 'provider']
    const m = guessInboxMapping(cols)
    expect(rowValues([...cells(1), 'Gmail'], cols, m).inbox_type).toBe('GOOGLE_WORKSPACE')
    expect(validateRow(rowValues([...cells(1), 'yahoo'], cols, m)).map((i) => i.path)).toEqual(['inbox_type'])
  })
  it('sends valid, not yet created rows; failed tests only when chosen', () => {
    const [ok, bad] = rowsOf(cells(1), cells(2, { smtp_host: '' })) as [ImportRow, ImportRow]
    const failedTest: ImportRow = { ...ok, check: { state: 'failed', title: 'x' } }
    expect(isSendable(ok, false)).toBe(true)
    expect(isSendable(bad, true)).toBe(false)
    expect(isSendable(failedTest, false)).toBe(false)
    expect(isSendable(failedTest, true)).toBe(true)
    expect(isSendable({ ...ok, outcome: { status: 'created', inboxId: 'i' } }, true)).toBe(false)
    expect(isSendable({ ...ok, outcome: { status: 'failed', reason: 'r' } }, false)).toBe(true)
  })
})

describe('connection test request and result', () => {
  it('takes the TLS mode from the port', () => {
    expect([465, 993, 587, 25, 143].map(modeForPort)).toEqual(['ssl', 'ssl', 'starttls', 'starttls', 'starttls'])
    const [row] = rowsOf(cells(1))
    expect(rowCheckRequest(row!.values)).toEqual({
      smtp: { host: 'smtp.acme.example', port: 587, mode: 'starttls', username: 's1@acme.example', password: 'pw-1' },
      imap: { host: 'imap.acme.example', port: 993, mode: 'ssl', username: 's1@acme.example', password: 'ipw-1' }
    })
  })
  it('says OK, or each failed side with its fix card title', () => {
    const side = (protocol: 'smtp' | 'imap', ok: boolean) => ({ protocol, ok, steps: [], ...(ok ? {} : { diagnosis: { cause: 'wrong-password' as const, fix: 'f', summary: 's', detail: 'd', retryable: false } }) })
    expect(rowCheckOutcome({ ok: true, value: { steps: [], result: { smtp: side('smtp', true), imap: side('imap', true) } } })).toEqual({ state: 'ok' })
    expect(rowCheckOutcome({ ok: true, value: { steps: [], result: { smtp: side('smtp', false), imap: side('imap', true) } } })).toEqual({
      state: 'failed',
      title: 'SMTP: The server refused the username or password'
    })
    expect(rowCheckOutcome({ ok: false, error: { ...errorBase, kind: 'internal', guidance: 'report-bug', message: 'boom' } })).toEqual({ state: 'error', title: 'boom' })
  })
})

describe('runLimited', () => {
  it('never runs more than the limit at once and reports every item', async () => {
    let active = 0
    let peak = 0
    const seen: number[] = []
    const work = async (n: number) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((r) => setTimeout(r, n % 3))
      active--
      if (n === 4) throw new Error('four')
      return n * 2
    }
    const errors: number[] = []
    const { started } = await runLimited([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, work, (n, r) => seen.push(r / 2 === n ? n : -1), { onError: (n) => errors.push(n) })
    expect(peak).toBe(3)
    expect(started).toBe(10)
    expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10])
    expect(errors).toEqual([4])
  })
  it('starts nothing new once cancelled; running items still report', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    const { started } = await runLimited(
      [1, 2, 3, 4, 5, 6],
      2,
      async (n) => {
        if (n === 2) controller.abort()
        await new Promise((r) => setTimeout(r, 1))
        return n
      },
      (n) => seen.push(n),
      { signal: controller.signal }
    )
    expect(started).toBe(2)
    expect(seen.sort()).toEqual([1, 2])
  })
})

describe('job results merge', () => {
  const sent = rowsOf(cells(1), cells(2), cells(3), cells(4)).slice(1) // rows 2, 3, 4 sent as items 0, 1, 2
  it('matches results by index, else by address; rows without a result fail and can be retried', () => {
    const outcomes = jobOutcomes(sent, [
      { index: 0, email_address: 's2@acme.example', status: 'created', inbox_id: 'in-2' },
      { email_address: 'S3@acme.example', status: 'failed', error: 'SMTP connection failed: Invalid login' }
    ])
    expect(outcomes.get(2)).toEqual({ status: 'created', inboxId: 'in-2' })
    expect(outcomes.get(3)).toEqual({ status: 'failed', reason: 'SMTP connection failed: Invalid login' })
    expect(outcomes.get(4)).toEqual({ status: 'failed', reason: 'ColdSend reported no result for this row.' })
    const all = rowsOf(cells(1), cells(2), cells(3), cells(4))
    const merged = mergeOutcomes(all, outcomes)
    expect(merged.map((r) => r.outcome?.status ?? null)).toEqual([null, 'created', 'failed', 'failed'])
    expect(merged[0]).toBe(all[0])
  })
  it('puts a refused request on each row, field issues on their own row', () => {
    const error: AppError = {
      ...errorBase,
      kind: 'validation',
      guidance: 'fix-connection',
      message: 'The request was refused.',
      issues: [{ loc: ['body', 'inboxes', 1, 'smtp_port'], path: 'inboxes.1.smtp_port', msg: 'too big', type: 'x', source: 'server' }]
    }
    const outcomes = refusalOutcomes(sent, error)
    expect(outcomes.get(3)).toEqual({ status: 'failed', reason: 'smtp_port: too big' })
    expect(outcomes.get(2)).toEqual({ status: 'failed', reason: 'The request was refused.' })
  })
  it('sends IMAP TLS as the local test used it (993 implicit, else STARTTLS)', () => {
    const [row] = rowsOf(cells(1))
    expect(bulkItem(row!.values)).toMatchObject({ smtp_port: 587, imap_port: 993, imap_use_ssl: true, smtp_password: 'pw-1' })
    expect(bulkItem({ ...row!.values, imap_port: '143' }).imap_use_ssl).toBe(false)
  })
  it('chunks to the API maximum', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk(Array.from({ length: 250 }, (_, i) => i), 100).map((c) => c.length)).toEqual([100, 100, 50])
  })
})
