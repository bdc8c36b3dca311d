// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ErrorLogGroups, ErrorLogQueryInput } from '../../src/shared/contract/error-log'
import { ErrorsScreen } from '../../src/renderer/src/screens/errors/ErrorsScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { errorRecord, KEY_CANARY } from './helpers/error-records'
import { createFakeFacade, type FakeFacade } from './helpers/fake-facade'
import { currentLocation, renderWithFacade } from './helpers/render'
import { installScrollLayout } from './helpers/scroll-layout'

const TOTAL = 100_000
// A 480 px viewport over 100,000 rows of 40 px.
installScrollLayout(40 * TOTAL + 36)
afterEach(cleanup)
beforeEach(() => useProfilesStore.getState().reset())

const summary = (totalRecords: number): ErrorLogGroups => ({
  groups: [],
  totalGroups: 7,
  totalRecords,
  kinds: { validation: totalRecords },
  range: { from: null, to: null },
  skippedLines: 0,
  quarantinedFiles: []
})

/** A log of `total` records, newest first: record n is `rec-n`, its detail `Detail n`. */
function renderRecords(route: string, total = TOTAL): FakeFacade {
  const fake = createFakeFacade({
    'errorLog.groups': () => ({ ok: true, value: summary(total) }),
    'errorLog.query': (input) => {
      const { offset = 0, limit = 50 } = input as ErrorLogQueryInput
      const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i)
      return { ok: true, value: { records: ids.map((n) => errorRecord({ id: `rec-${n}`, detail: `Detail ${n}` })), total, nextCursor: null, skippedLines: 0, quarantinedFiles: [] } }
    }
  })
  renderWithFacade(createElement(ErrorsScreen), fake.facade, { route })
  return fake
}

const offsetsAsked = (fake: FakeFacade) => fake.spy('errorLog.query').mock.calls.map(([input]) => (input as ErrorLogQueryInput).offset)

describe('the error log as one list of every record', () => {
  it('"All records" lists 100,000 records newest first, drawing only the rows in view and reading only the first page', async () => {
    const fake = renderRecords('/errors')
    await screen.findByText('100,000 records in 7 groups')
    fireEvent.click(screen.getByRole('radio', { name: 'All records' }))
    expect(new URLSearchParams(currentLocation.search).get('view')).toBe('records')
    const grid = await screen.findByRole('grid', { name: 'Error records' })
    expect(grid.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1))
    const first = await screen.findByRole('row', { name: /Detail 0$/ })
    expect(within(first).getByText('campaigns.update')).toBeTruthy()
    expect(within(first).getByText('422')).toBeTruthy()
    expect(within(first).getByText('validation')).toBeTruthy()
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40)
    expect(fake.spy('errorLog.query').mock.calls[0]![0]).toEqual({ source: 'local', limit: 200, offset: 0 })
    expect(offsetsAsked(fake)).toEqual([0])
  })

  it('End reaches the oldest record by reading only the last page, and Enter opens it', async () => {
    const fake = renderRecords('/errors?view=records')
    const grid = await screen.findByRole('grid', { name: 'Error records' })
    await screen.findByRole('row', { name: /Detail 0$/ })
    await act(async () => void fireEvent.keyDown(grid, { key: 'End' }))
    await waitFor(() => expect(within(grid).getAllByText('Loading…').length).toBeGreaterThan(0))
    const last = await screen.findByRole('row', { name: /Detail 99999$/ })
    expect(last.getAttribute('aria-rowindex')).toBe(String(TOTAL + 1))
    expect(grid.getAttribute('aria-activedescendant')).toBe(last.id)
    expect(offsetsAsked(fake)).toEqual([0, 99_800])
    await act(async () => void fireEvent.keyDown(grid, { key: 'Enter' }))
    expect(currentLocation.pathname).toBe('/errors/rec-99999')
  })

  it('passes the filters to every page, opens imported records in the imported view, and shows detail as text', async () => {
    const fake = createFakeFacade({
      'errorLog.groups': () => ({ ok: true, value: summary(1) }),
      'errorLog.query': () => ({
        ok: true,
        value: { records: [errorRecord({ id: 'imp-1', detail: `<img src=x onerror=alert(1)> ${KEY_CANARY.slice(0, 8)}[redacted]` })], total: 1, nextCursor: null, skippedLines: 0, quarantinedFiles: [] }
      })
    })
    renderWithFacade(createElement(ErrorsScreen), fake.facade, { route: '/errors?view=records&source=imported&kind=validation&status=4xx' })
    const row = await screen.findByRole('row', { name: /onerror/ })
    expect(row.querySelector('img')).toBeNull()
    expect(fake.spy('errorLog.query').mock.calls[0]![0]).toEqual({ source: 'imported', kind: 'validation', statusClass: '4xx', limit: 200, offset: 0 })
    fireEvent.click(row)
    expect(`${currentLocation.pathname}${currentLocation.search}`).toBe('/errors/imp-1?source=imported')
  })

  it('"Clear filters" keeps the chosen layout', async () => {
    renderRecords('/errors?view=records&kind=validation', 10)
    await screen.findByRole('grid', { name: 'Error records' })
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    const params = new URLSearchParams(currentLocation.search)
    expect(params.get('kind')).toBeNull()
    expect(params.get('view')).toBe('records')
  })
})
