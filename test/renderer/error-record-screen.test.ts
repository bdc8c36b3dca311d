// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorRecordScreen } from '../../src/renderer/src/screens/errors/ErrorRecordScreen'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import type { ErrorLogRecord } from '../../src/shared/contract/error-log'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase } from './helpers/fixtures'
import { KEY_CANARY, errorRecord } from './helpers/error-records'
import { currentLocation, renderWithFacade } from './helpers/render'

const writeText = vi.fn(async (_text: string) => undefined)

beforeEach(() => {
  useAppStore.getState().reset()
  writeText.mockClear()
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
})
afterEach(cleanup)

function show(record: ErrorLogRecord | null, route = `/errors/${record?.id ?? 'missing'}`) {
  const fake = createFakeFacade({
    'errorLog.get': (input) =>
      record && input.id === record.id
        ? { ok: true, value: record }
        : { ok: false, error: { ...errorBase, operation: 'errorLog.get', kind: 'not_found', guidance: 'refresh-list', status: undefined, requestId: undefined, message: 'No such record.' } }
  })
  renderWithFacade(createElement(ErrorRecordScreen), fake.facade, { route, path: '/errors/:id' })
  return fake
}

const fact = (term: string) => {
  const dt = screen.getAllByText(term, { selector: 'dt' })[0]!
  return dt.nextElementSibling!.textContent
}

describe('Error record screen', () => {
  it('reads the record from the local log by id and shows every part', async () => {
    const fake = show(errorRecord())
    await screen.findByRole('heading', { name: 'campaigns.update failed' })
    expect(fake.spy('errorLog.get')).toHaveBeenCalledWith({ id: 'rec-1', source: 'local' })
    expect(fake.spy('campaigns.get')).not.toHaveBeenCalled()
    expect(fact('When')).toBe(new Date('2026-03-01T09:15:00.000Z').toLocaleString())
    expect(fact('Profile')).toBe('Production')
    expect(fact('Request')).toBe('PATCH /campaigns/{campaign_id}')
    expect(fact('HTTP status')).toBe('422')
    expect(fact('Kind')).toBe('validation')
    expect(fact('Request ID')).toContain('req-abc-42')
    expect(fact('Attempts')).toBe('2')
    expect(fact('Duration')).toBe('1.2 s')
    expect(screen.getByText('ColdSend refused 1 field.')).toBeTruthy()
    const detail = screen.getByRole('region', { name: 'Detail from the server (verbatim)' })
    expect(detail.querySelector('pre')?.textContent).toBe('Subject must not be empty')
    const issues = screen.getByRole('table')
    const cells = within(issues).getAllByRole('cell').map((c) => c.textContent)
    expect(cells).toEqual(['body › sequences › 0 › subject', 'sequences.0.subject', 'Field required'])
    const guidance = screen.getByRole('region', { name: 'Guidance the console gave' })
    expect(guidance.textContent).toContain('Fix the highlighted fields')
    expect(guidance.textContent).toContain('Submit again — nothing you typed was lost.')
  })

  it('shows the detail as literal text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>'
    show(errorRecord({ detail: hostile }))
    const detail = await screen.findByRole('region', { name: 'Detail from the server (verbatim)' })
    expect(detail.querySelector('pre')?.textContent).toBe(hostile)
    expect(detail.querySelector('img')).toBeNull()
    expect(detail.querySelector('b')).toBeNull()
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('links an issue’s field to the form when the record names it, and not otherwise', async () => {
    show(errorRecord({ extra: { campaign_id: 'c-77' } }))
    const link = await screen.findByRole('link', { name: 'sequences.0.subject — open the campaign editor at this field' })
    expect(link.getAttribute('href')).toBe('/campaigns/c-77?field=sequences.0.subject')
    await act(async () => void fireEvent.click(link))
    expect(currentLocation.pathname).toBe('/campaigns/c-77')
    expect(currentLocation.search).toBe('?field=sequences.0.subject')
  })

  it('has no field link for an operation without a form it can name', async () => {
    show(errorRecord())
    await screen.findByRole('table')
    expect(within(screen.getByRole('table')).queryByRole('link')).toBeNull()
  })

  it('copies the request ID and a redacted report with the console version', async () => {
    useAppStore.getState().setInfo({ version: '9.8.7', shell: 'browser', dataDir: '/tmp', sandbox: { running: false, baseUrl: null }, notices: [] })
    show(errorRecord({ detail: `echoed ${KEY_CANARY}` }))
    await screen.findByRole('heading', { name: 'campaigns.update failed' })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy request ID' })))
    expect(writeText).toHaveBeenLastCalledWith('req-abc-42')
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy as report' })))
    const report = writeText.mock.calls.at(-1)![0]
    expect(report).toContain('Request ID: req-abc-42')
    expect(report).toContain('Console version: 9.8.7')
    expect(report).not.toContain('cs_live_')
    expect(screen.getAllByText('Copied.').length).toBeGreaterThan(0)
  })

  it('says so when the clipboard refuses', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'))
    show(errorRecord())
    await screen.findByRole('heading', { name: 'campaigns.update failed' })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy as report' })))
    expect(screen.getByText(/Could not copy/)).toBeTruthy()
  })

  it('reads from the imported view when the URL says so, and labels it', async () => {
    const fake = show(errorRecord({ id: 'imp-1' }), '/errors/imp-1?source=imported')
    await screen.findByRole('heading', { name: 'campaigns.update failed' })
    expect(fake.spy('errorLog.get')).toHaveBeenCalledWith({ id: 'imp-1', source: 'imported' })
    expect(screen.getByText(/Imported record/)).toBeTruthy()
  })

  it('says "Error record not found" with a way back', async () => {
    show(null, '/errors/gone')
    await screen.findByRole('heading', { name: 'Error record not found' })
    const back = screen.getByRole('link', { name: 'Back to the error log' })
    await act(async () => void fireEvent.click(back))
    await waitFor(() => expect(currentLocation.pathname).toBe('/errors'))
  })
})
