// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_CSV_BYTES } from '../../src/shared/contract/leads'
import { csvTooLarge, megabytes } from '../../src/renderer/src/format/file-size'
import { guessMapping } from '../../src/renderer/src/screens/campaigns/upload/lead-mapping'
import { UploadLeadsForm } from '../../src/renderer/src/screens/campaigns/upload/UploadLeadsForm'
import { createFakeFacade } from './helpers/fake-facade'
import { describedBy, renderWithFacade } from './helpers/render'

afterEach(cleanup)

/** A File whose size is what we say, without allocating it (the form must not read an oversize file). */
function fileOfSize(name: string, size: number, text = ''): File {
  const file = new File([text], name, { type: 'text/csv' })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

const choose = (file: File) => act(async () => void fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } }))

describe('upload leads helpers', () => {
  it('guesses the obvious columns by header, ignoring case, spaces and underscores', () => {
    expect(guessMapping(['E-Mail', 'first_name', 'Surname', 'Organisation', 'Notes'])).toEqual({ email: 'E-Mail', first_name: 'first_name', last_name: 'Surname', company: 'Organisation' })
    expect(guessMapping(['Notes'])).toEqual({})
  })
  it('reads sizes rounded up, so one byte over the limit never reads as the limit', () => {
    expect(megabytes(MAX_CSV_BYTES)).toBe('50.0 MB')
    expect(megabytes(MAX_CSV_BYTES + 1)).toBe('50.1 MB')
    expect(megabytes(10)).toBe('1 KB')
    expect(csvTooLarge(MAX_CSV_BYTES)).toBeNull()
    expect(csvTooLarge(MAX_CSV_BYTES + 1)).toMatch(/^The file is 50\.1 MB; the largest file ColdSend accepts is 50\.0 MB/)
  })
})

describe('UploadLeadsForm', () => {
  it('refuses a file over 50 MB on the file field before reading it, and sends nothing', async () => {
    const fake = createFakeFacade()
    renderWithFacade(createElement(UploadLeadsForm, { campaignId: 'c1', onClose: () => undefined, onImported: () => undefined }), fake.facade)
    await choose(fileOfSize('huge.csv', MAX_CSV_BYTES + 1))
    const input = screen.getByLabelText('CSV file')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(input).map((e) => e.textContent).join(' ')).toMatch(/50\.1 MB/)
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Upload leads' })))
    expect(fake.spy('leads.upload')).not.toHaveBeenCalled()
  })

  it('sends the file as bytes with the chosen mapping, then follows the job to the end', async () => {
    let imported = 0
    const fake = createFakeFacade({
      'leads.upload': () => ({ ok: true, value: { job_id: 'j1' } }),
      'leads.uploadStatus': () => ({ ok: true, value: { job_id: 'j1', status: 'COMPLETED', progress_percentage: 100, processed_count: 2, success_count: 2, duplicate_count: 0, error_count: 0, total_count: 2, errors: [], started_at: null, completed_at: null } })
    })
    renderWithFacade(createElement(UploadLeadsForm, { campaignId: 'c1', onClose: () => undefined, onImported: () => void imported++ }), fake.facade)
    const csv = 'Email,Given Name\nana@acme.example,Ana\nbo@acme.example,Bo\n'
    await choose(new File([csv], 'people.csv', { type: 'text/csv' }))
    await waitFor(() => expect((screen.getByLabelText('Email column') as HTMLSelectElement).value).toBe('Email'))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Upload leads' })))
    await screen.findByText(/Import finished: 2 leads added/)
    const [input] = fake.spy('leads.upload').mock.calls[0] as [{ csv: Uint8Array; mapping: Record<string, string>; file_name: string }]
    expect(input.csv).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(input.csv)).toBe(csv)
    expect(input.mapping).toEqual({ email: 'Email', first_name: 'Given Name' })
    expect(input.file_name).toBe('people.csv')
    expect(imported).toBe(1)
  })
})
