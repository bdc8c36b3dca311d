// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NavBar } from '../../src/renderer/src/components/NavBar'
import { ERROR_LOG_SEEN_KEY, reloadErrorLogSeen, useErrorLogSeenStore } from '../../src/renderer/src/components/error-log-seen'
import { newErrorsText } from '../../src/renderer/src/components/NewErrorsBadge'
import type { ErrorLogQueryInput } from '../../src/shared/contract/error-log'
import { createFakeFacade } from './helpers/fake-facade'
import { currentLocation, renderWithFacade } from './helpers/render'

const SEEN = '2026-03-01T08:00:00.000Z'
let total = 3

beforeEach(() => {
  total = 3
  localStorage.setItem(ERROR_LOG_SEEN_KEY, SEEN)
  reloadErrorLogSeen()
})
afterEach(() => {
  cleanup()
  localStorage.clear()
})

function renderNav(route = '/campaigns') {
  const fake = createFakeFacade({
    'errorLog.query': () => ({ ok: true, value: { records: [], total, nextCursor: null, skippedLines: 0, quarantinedFiles: [] } })
  })
  const result = renderWithFacade(createElement(NavBar), fake.facade, { route })
  return { fake, ...result }
}

const queries = (fake: ReturnType<typeof createFakeFacade>) => fake.spy('errorLog.query').mock.calls.map((c) => c[0] as ErrorLogQueryInput)

describe('Error log nav badge', () => {
  it('counts the errors recorded since the log was last opened, locally, and says so in the link name', async () => {
    const { fake } = renderNav()
    const link = await screen.findByRole('link', { name: /^Error log ?\(3 new errors\)$/ })
    expect(link.querySelector('.nav-badge')?.textContent).toBe('3')
    expect(queries(fake)).toEqual([{ from: SEEN, limit: 1 }])
    for (const op of ['campaigns.list', 'senders.list', 'app.info'] as const) expect(fake.spy(op)).not.toHaveBeenCalled()
  })

  it('visiting the log marks it seen (stored across restarts) and the badge goes', async () => {
    const { fake } = renderNav()
    const link = await screen.findByRole('link', { name: /^Error log ?\(3 new errors\)$/ })
    const before = Date.now()
    await act(async () => void fireEvent.click(link))
    expect(currentLocation.pathname).toBe('/errors')
    expect(screen.getByRole('link', { name: 'Error log' })).toBeTruthy()
    const stored = localStorage.getItem(ERROR_LOG_SEEN_KEY)!
    expect(Date.parse(stored)).toBeGreaterThanOrEqual(before)
    // Leaving counts from the moment it was left; nothing new since then.
    total = 0
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Campaigns' })))
    await waitFor(() => expect(queries(fake).at(-1)?.from).toBe(useErrorLogSeenStore.getState().seenAt))
    expect(Date.parse(queries(fake).at(-1)!.from!)).toBeGreaterThanOrEqual(before)
    expect(screen.getByRole('link', { name: 'Error log' }).querySelector('.nav-badge')).toBeNull()
  })

  it('counts everything when the log was never opened, and reads one error in the singular', async () => {
    localStorage.clear()
    reloadErrorLogSeen()
    total = 1
    const { fake } = renderNav()
    await screen.findByRole('link', { name: /^Error log ?\(1 new error\)$/ })
    expect(queries(fake)).toEqual([{ limit: 1 }])
  })

  it('caps the visible number but not the spoken one', async () => {
    total = 1234
    renderNav()
    const link = await screen.findByRole('link', { name: /^Error log ?\(1234 new errors\)$/ })
    expect(link.querySelector('.nav-badge')?.textContent).toBe('99+')
    expect(newErrorsText(2)).toBe(' (2 new errors)')
  })

  it('shows no badge while a record is open, and when counting fails', async () => {
    const { fake } = renderNav('/errors/rec-1')
    expect(screen.getByRole('link', { name: 'Error log' })).toBeTruthy()
    expect(fake.spy('errorLog.query')).not.toHaveBeenCalled()
    cleanup()
    const broken = createFakeFacade()
    renderWithFacade(createElement(NavBar), broken.facade, { route: '/inboxes' })
    await waitFor(() => expect(broken.spy('errorLog.query')).toHaveBeenCalled())
    expect(screen.getByRole('link', { name: 'Error log' }).querySelector('.nav-badge')).toBeNull()
  })

  it('counts again as soon as a read in this window fails (not for the error log’s own reads)', async () => {
    const { fake, queryClient } = renderNav()
    await screen.findByRole('link', { name: /^Error log ?\(3 new errors\)$/ })
    const calls = fake.spy('errorLog.query').mock.calls.length
    total = 4
    await act(async () => {
      await queryClient.fetchQuery({ queryKey: ['api', 'p1', 'campaigns.list', {}], queryFn: () => Promise.reject(new Error('failed')) }).catch(() => undefined)
    })
    await screen.findByRole('link', { name: /^Error log ?\(4 new errors\)$/ })
    expect(fake.spy('errorLog.query').mock.calls.length).toBe(calls + 1)
  })

  it('follows a visit in another window of the console (storage event)', async () => {
    renderNav()
    await screen.findByRole('link', { name: /^Error log ?\(3 new errors\)$/ })
    total = 0
    const later = '2026-03-02T08:00:00.000Z'
    localStorage.setItem(ERROR_LOG_SEEN_KEY, later)
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: ERROR_LOG_SEEN_KEY, newValue: later })))
    expect(useErrorLogSeenStore.getState().seenAt).toBe(later)
    await waitFor(() => expect(screen.getByRole('link', { name: 'Error log' }).querySelector('.nav-badge')).toBeNull())
  })
})
