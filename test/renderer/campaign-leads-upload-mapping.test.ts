// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { LeadUploadProgress } from '../../src/shared/contract/leads'
import { columnRole, customColumns, detectEmailColumn, guessMapping } from '../../src/renderer/src/screens/campaigns/upload/lead-mapping'
import { UploadLeadsForm } from '../../src/renderer/src/screens/campaigns/upload/UploadLeadsForm'
import { UploadProgress, uploadPercent } from '../../src/renderer/src/screens/campaigns/upload/UploadProgress'
import { createFakeFacade } from './helpers/fake-facade'
import { describedBy, renderWithFacade } from './helpers/render'

afterEach(cleanup)

const progress = (overrides: Partial<LeadUploadProgress>): LeadUploadProgress => ({
  job_id: 'j1',
  status: 'IN_PROGRESS',
  progress_percentage: 0,
  processed_count: 0,
  success_count: 0,
  duplicate_count: 0,
  error_count: 0,
  total_count: 500,
  errors: [],
  started_at: null,
  completed_at: null,
  ...overrides
})

describe('column mapping', () => {
  it('finds the email column by its contents when no header names it', () => {
    const columns = ['Name', 'Contact', 'Notes']
    const rows = [
      ['Ana', 'ana@acme.example', 'x@'],
      ['Bo', 'bo@acme.example', ''],
      ['Cy', '', 'call back']
    ]
    expect(detectEmailColumn(columns, rows)).toBe('Contact')
    expect(guessMapping(columns, rows)).toEqual({ email: 'Contact' })
    expect(guessMapping(['Email', 'Contact'], [['', 'a@b.example']])).toEqual({ email: 'Email' })
    expect(guessMapping(['Name'], [['Ana']])).toEqual({})
  })

  it('lists every named, unmapped column once as a custom field', () => {
    const mapping = { email: 'Email', company: 'Org' }
    expect(customColumns(['Email', 'Org', 'City', '', 'City', 'Plan'], mapping)).toEqual(['City', 'Plan'])
    expect(columnRole('Org', mapping)).toEqual({ field: 'company', label: 'Company' })
    expect(columnRole('City', mapping)).toEqual({ custom: 'City' })
  })
})

describe('upload form mapping step', () => {
  const csv = ['Email,First Name,City,Plan', ...Array.from({ length: 7 }, (_, i) => `p${i}@acme.example,P${i},City ${i},pro`)].join('\n')

  async function choose() {
    const fake = createFakeFacade()
    renderWithFacade(createElement(UploadLeadsForm, { campaignId: 'c1', onClose: () => undefined, onImported: () => undefined }), fake.facade)
    await act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([csv], 'p.csv', { type: 'text/csv' })] } }))
    await waitFor(() => expect((screen.getByLabelText('Email column') as HTMLSelectElement).value).toBe('Email'))
    return fake
  }

  it('previews the first rows with what each column becomes, and the custom fields', async () => {
    await choose()
    const preview = screen.getByRole('region', { name: 'Preview of the first rows' })
    const rows = within(preview).getAllByRole('row')
    expect(rows).toHaveLength(6) // header + 5 rows, never the whole file
    expect(rows[1]!.textContent).toBe('p0@acme.exampleP0City 0pro')
    const headers = within(preview).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['Email→ Email', 'First Name→ First name', 'City→ {{City}}', 'Plan→ {{Plan}}'])
    const custom = screen.getByRole('list', { name: 'Custom fields' })
    expect(within(custom).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['{{City}} from column “City”', '{{Plan}} from column “Plan”'])
  })

  it('a column taken off a lead field becomes a custom field', async () => {
    await choose()
    await act(async () => void fireEvent.change(screen.getByLabelText('First name column'), { target: { value: '' } }))
    const custom = screen.getByRole('list', { name: 'Custom fields' })
    expect(within(custom).getAllByRole('listitem').map((li) => li.textContent)).toContain('{{First Name}} from column “First Name”')
  })

  it('requires the email column before sending anything', async () => {
    const fake = await choose()
    await act(async () => void fireEvent.change(screen.getByLabelText('Email column'), { target: { value: '' } }))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Upload leads' })))
    const email = screen.getByLabelText('Email column')
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'))
    expect(describedBy(email).map((e) => e.textContent)).toContain('Choose the column that holds the email addresses.')
    expect(fake.spy('leads.upload')).not.toHaveBeenCalled()
  })
})

describe('upload progress', () => {
  it('is a labelled progress bar with its percentage and counts while running', () => {
    render(createElement(UploadProgress, { progress: progress({ processed_count: 225, success_count: 220, duplicate_count: 3, error_count: 2 }) }))
    const bar = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(bar.getAttribute('value')).toBe('45')
    expect(bar.getAttribute('aria-valuetext')).toBe('45% — 225 of 500 rows')
    expect(screen.getByText('45%')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Importing… 225 of 500 rows')
    expect(uploadPercent(progress({ status: 'COMPLETED', processed_count: 0 }))).toBe(100)
  })

  it('lists every row error the server returned, not only the first few, and says when it kept only some', () => {
    const errors = Array.from({ length: 100 }, (_, i) => ({ row: i * 3 + 2, email: `bad${i}`, error: 'value is not a valid email address' }))
    render(createElement(UploadProgress, { progress: progress({ status: 'COMPLETED', processed_count: 500, success_count: 370, duplicate_count: 10, error_count: 120, errors }) }))
    expect(screen.getByRole('status').textContent).toBe('Import finished: 370 leads added, 10 duplicates skipped, 120 rows with errors.')
    const items = within(screen.getByRole('list', { name: 'Rows with errors' })).getAllByRole('listitem')
    expect(items).toHaveLength(100)
    expect(items[99]!.textContent).toBe('Row 299 (bad99): value is not a valid email address')
    expect(screen.getByRole('region', { name: 'Row errors' }).tabIndex).toBe(0)
    expect(screen.getByText(/first 100 row errors; 20 more rows had errors/)).toBeTruthy()
  })
})
