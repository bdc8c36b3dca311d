// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { MailCheckRequest } from '../../src/shared/contract/mail-check'
import type { SenderCreateInput } from '../../src/shared/contract/senders'
import { ImportInboxesScreen } from '../../src/renderer/src/screens/inboxes/import/ImportInboxesScreen'
import { createFakeFacade } from './helpers/fake-facade'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

const GOOD = 'Secret-Good-1'
const BAD = 'Secret-Bad-2'
const FIXED = 'Secret-Fixed-3'

// Rows 1–4 valid (row 3 with a wrong password), row 5 with a port out of range.
const CSV = [
  'Email,Sender Name,SMTP Host,SMTP Port,SMTP Username,SMTP Password,IMAP Host,IMAP Port,IMAP Username,IMAP Password',
  ...[1, 2, 3, 4, 5].map((n) =>
    [`s${n}@acme.example`, `Sender ${n}`, 'smtp.acme.example', n === 5 ? '70000' : '587', `s${n}@acme.example`, n === 3 ? BAD : GOOD, 'imap.acme.example', '993', `s${n}@acme.example`, n === 3 ? BAD : GOOD].join(',')
  )
].join('\n')

const click = (name: string | RegExp) => act(async () => void fireEvent.click(screen.getByRole('button', { name })))

/** A fake ColdSend: checks pass for GOOD/FIXED passwords; the bulk job creates those rows and fails the rest. */
function fakeColdSend() {
  const jobs: SenderCreateInput[][] = []
  const fake = createFakeFacade({
    'mail.check': (input: MailCheckRequest) => {
      const ok = input.smtp?.password !== BAD
      const side = (protocol: 'smtp' | 'imap') => ({ protocol, ok, steps: [], ...(ok ? {} : { diagnosis: { cause: 'wrong-password' as const, fix: 'f', summary: 's', detail: 'd', retryable: false } }) })
      return { ok: true, value: { steps: [], result: { smtp: side('smtp'), imap: side('imap') } } }
    },
    'senders.bulkCreate': (input) => {
      jobs.push(input.inboxes)
      return { ok: true, value: { total: input.inboxes.length, success_count: 0, failed_count: 0, job_id: `job-${jobs.length}`, results: [] } }
    },
    'senders.bulkCreateStatus': ({ job_id }) => {
      const sent = jobs[Number(job_id.slice(4)) - 1] ?? []
      const results = sent.map((inbox, index) =>
        inbox.smtp_password === BAD ? { index, email_address: inbox.email_address, status: 'failed', error: 'SMTP connection failed: Invalid login' } : { index, email_address: inbox.email_address, status: 'created', inbox_id: `in-${index}` }
      )
      const job = { job_id, status: 'COMPLETED', progress_percentage: 100, total_rows: sent.length, processed_count: sent.length, success_count: 0, failed_count: 0, started_at: null, completed_at: null, results }
      return { ok: true, value: { job } }
    }
  })
  return { fake, jobs }
}

describe('Import inboxes screen', () => {
  it('maps, validates, tests, imports, then edits and retries the failed row — never showing a password', async () => {
    const { fake, jobs } = fakeColdSend()
    renderWithFacade(createElement(ImportInboxesScreen, { pollMs: 5 }), fake.facade, { route: '/inboxes/import' })
    expect(screen.getByRole('heading', { level: 1, name: 'Import inboxes' })).toBeTruthy()
    await act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([CSV], 'inboxes.csv', { type: 'text/csv' })] } }))

    // Mapping: guessed from the headers; passwords masked in the preview.
    await waitFor(() => expect((screen.getByLabelText('SMTP host column') as HTMLSelectElement).value).toBe('SMTP Host'))
    expect((screen.getByLabelText('IMAP password column') as HTMLSelectElement).value).toBe('IMAP Password')
    const preview = screen.getByRole('region', { name: 'Preview of the first rows' })
    expect(within(preview).getAllByText('••••').length).toBe(10)
    expect(document.body.innerHTML).not.toContain('Secret-')

    // Row checks: the bad port is a problem on row 5.
    await click('Check 5 rows')
    expect(screen.getByText('5 rows: 4 valid, 1 row with problems.')).toBeTruthy()
    const row5 = screen.getByRole('row', { name: /^5 s5@acme\.example/ })
    expect(within(row5).getByText('SMTP port: A port is a number from 1 to 65535.')).toBeTruthy()

    // Connection tests: four checks, row 3 fails with its diagnosis title, progress "4 of 4".
    await click('Test connections')
    await screen.findByText('Connection tests finished: 3 OK, 1 failed.')
    expect(fake.spy('mail.check')).toHaveBeenCalledTimes(4)
    const bar = screen.getByRole('progressbar', { name: 'Connection tests' })
    expect(bar.getAttribute('aria-valuetext')).toBe('4 of 4')
    expect(within(screen.getByRole('row', { name: /^3 s3@acme\.example/ })).getByText(/SMTP: The server refused the username or password/)).toBeTruthy()

    // Import: by default the failed-test row stays out; including it sends four.
    expect(screen.getByRole('button', { name: 'Import 3 inboxes' })).toBeTruthy()
    expect(screen.getByText('1 row whose connection test failed is left out.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^Test / })).toBeNull()
    await act(async () => void fireEvent.click(screen.getByLabelText('Also import rows whose connection test failed')))
    await click('Import 4 inboxes')
    await screen.findByText('Import finished: 3 created, 1 failed.')
    expect(jobs[0]?.map((i) => i.email_address)).toEqual(['s1@acme.example', 's2@acme.example', 's3@acme.example', 's4@acme.example'])
    expect(within(screen.getByRole('row', { name: /^3 s3@acme\.example/ })).getByText('Failed: SMTP connection failed: Invalid login')).toBeTruthy()
    expect(within(screen.getByRole('row', { name: /^1 s1@acme\.example/ })).getByText('Created')).toBeTruthy()

    // Edit row 3 in place: same labels as Add inbox, password fields empty; fix both passwords.
    await click('Edit row 3')
    const editor = screen.getByRole('form', { name: 'Edit row 3' })
    expect((within(editor).getByLabelText('SMTP host') as HTMLInputElement).value).toBe('smtp.acme.example')
    expect((within(editor).getByLabelText('SMTP password') as HTMLInputElement).value).toBe('')
    fireEvent.change(within(editor).getByLabelText('SMTP password'), { target: { value: FIXED } })
    fireEvent.change(within(editor).getByLabelText('IMAP password'), { target: { value: FIXED } })
    await click('Save row 3')
    expect(within(screen.getByRole('row', { name: /^3 s3@acme\.example/ })).getByText('Edited, not imported yet')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Test 1 untested row' })).toBeTruthy()

    // Retry sends only row 3, which now comes back created.
    await click('Retry failed rows (1)')
    await screen.findByText('Import finished: 4 created, 0 failed.')
    expect(jobs[1]?.map((i) => [i.email_address, i.smtp_password === FIXED])).toEqual([['s3@acme.example', true]])
    expect(document.body.innerHTML).not.toContain('Secret-')
  })

  it('edits a locally invalid row by the Add inbox rules, keeping its password when the field is left empty', async () => {
    const { fake, jobs } = fakeColdSend()
    renderWithFacade(createElement(ImportInboxesScreen, { pollMs: 5 }), fake.facade)
    await act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([CSV], 'inboxes.csv')] } }))
    await click(/^Check 5 rows$/)
    await click('Edit row 5')
    const editor = screen.getByRole('form', { name: 'Edit row 5' })
    fireEvent.change(within(editor).getByLabelText('SMTP port'), { target: { value: '99999' } })
    await click('Save row 5')
    expect(within(editor).getByText('A port is a number from 1 to 65535.')).toBeTruthy()
    fireEvent.change(within(editor).getByLabelText('SMTP port'), { target: { value: '465' } })
    await click('Save row 5')
    expect(screen.queryByRole('form', { name: 'Edit row 5' })).toBeNull()
    expect(screen.getByText('5 rows: 5 valid, 0 rows with problems.')).toBeTruthy()
    await click('Import 5 inboxes')
    await screen.findByText('Import finished: 4 created, 1 failed.')
    expect(jobs[0]?.[4]).toMatchObject({ email_address: 's5@acme.example', smtp_port: 465, smtp_password: GOOD })
  })

  it('tests three rows at a time and starts no more once cancelled', async () => {
    const { fake } = fakeColdSend()
    const waiting: Array<() => void> = []
    const ok = { ok: true as const, value: { steps: [], result: { smtp: { protocol: 'smtp' as const, ok: true, steps: [] }, imap: { protocol: 'imap' as const, ok: true, steps: [] } } } }
    fake.set('mail.check', () => new Promise((resolve) => waiting.push(() => resolve(ok))))
    renderWithFacade(createElement(ImportInboxesScreen), fake.facade)
    await act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([CSV], 'inboxes.csv')] } }))
    await click('Check 5 rows')
    await click('Test connections')
    expect(fake.spy('mail.check')).toHaveBeenCalledTimes(3)
    expect(screen.getByRole('progressbar', { name: 'Connection tests' }).getAttribute('aria-valuetext')).toBe('0 of 4')
    await click('Cancel tests')
    await act(async () => waiting.splice(0).forEach((release) => release()))
    await screen.findByText('Connection tests cancelled: 3 OK, 0 failed.')
    expect(fake.spy('mail.check')).toHaveBeenCalledTimes(3)
    expect(screen.getByRole('progressbar', { name: 'Connection tests' }).getAttribute('aria-valuetext')).toBe('3 of 4')
    expect(screen.getByRole('button', { name: 'Test 1 untested row' })).toBeTruthy()
  })

  it('says why a file cannot be used', async () => {
    const { fake } = fakeColdSend()
    renderWithFacade(createElement(ImportInboxesScreen), fake.facade)
    await act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File(['email\n'], 'empty.csv')] } }))
    expect(screen.getByRole('alert').textContent).toMatch(/no inboxes below it/)
    expect(screen.getByLabelText('CSV file').getAttribute('aria-invalid')).toBe('true')
  })
})
