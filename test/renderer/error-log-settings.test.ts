// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ErrorLogInfo } from '../../src/shared/contract/error-log'
import { ErrorLogPanel } from '../../src/renderer/src/screens/settings/ErrorLogPanel'
import { SettingsScreen } from '../../src/renderer/src/screens/settings/SettingsScreen'
import { logCapsText, logSizeText } from '../../src/renderer/src/screens/settings/error-log-sizes'
import { apiQueryKey } from '../../src/renderer/src/query/query-keys'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade, type Handlers } from './helpers/fake-facade'
import { errorBase } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

const MiB = 1024 * 1024
let info: ErrorLogInfo

beforeEach(() => {
  useToastsStore.setState({ toasts: [], next: 1 })
  info = { records: 1234, bytes: 3.2 * MiB, files: 2, maxFiles: 5, maxFileBytes: 5 * MiB, oldest: '2026-02-01T10:00:00.000Z', imported: 0 }
})
afterEach(cleanup)

function renderPanel(handlers: Handlers = {}) {
  const fake = createFakeFacade({
    'errorLog.info': () => ({ ok: true, value: info }),
    'errorLog.clear': () => {
      const cleared = info.records
      info = { ...info, records: 0, bytes: 0, files: 1, oldest: null }
      return { ok: true, value: { cleared } }
    },
    ...handlers
  })
  const result = renderWithFacade(createElement(ErrorLogPanel), fake.facade, { route: '/settings' })
  return { fake, ...result }
}

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!.textContent

describe('Settings › Error log', () => {
  it('shows records, size, files, caps and the oldest record from errorLog.info', async () => {
    const { fake } = renderPanel()
    const section = await screen.findByRole('region', { name: 'Error log' })
    await within(section).findByText('Records', { selector: 'dt' })
    expect(fact('Records')).toBe('1,234 records')
    expect(fact('Size on disk')).toBe('3.2 MB')
    expect(fact('Files')).toBe('2')
    expect(fact('Limits')).toBe('Keeps up to 5 files of 5 MB each (25 MB in all); the oldest records are dropped beyond that.')
    expect(fact('Oldest record')).toBe(new Date('2026-02-01T10:00:00.000Z').toLocaleString())
    expect(screen.queryByText('Imported view')).toBeNull()
    expect(fake.spy('errorLog.info')).toHaveBeenCalledWith({})
  })

  it('formats small sizes and caps in words', () => {
    expect(logSizeText(0)).toBe('0 bytes')
    expect(logSizeText(1)).toBe('1 byte')
    expect(logSizeText(2048)).toBe('2 KB')
    expect(logCapsText(1, 512 * 1024)).toBe('Keeps up to 1 file of 512 KB each (512 KB in all); the oldest records are dropped beyond that.')
  })

  it('clears only after confirmation, then confirms with a toast and shows the emptied log', async () => {
    const { fake, queryClient } = renderPanel()
    // Another view's cached read of the log: it must be refetched after the clear.
    queryClient.setQueryData(apiQueryKey('local', 'errorLog.query', { limit: 1 }), { records: [], total: 5, nextCursor: null, skippedLines: 0, quarantinedFiles: [] })
    const open = await screen.findByRole('button', { name: 'Clear error log…' })
    await act(async () => void fireEvent.click(open))
    const dialog = screen.getByRole('dialog', { name: 'Clear the error log?' })
    expect(dialog.textContent).toContain('1,234 records')
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.spy('errorLog.clear')).not.toHaveBeenCalled()

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Clear error log…' })))
    await act(async () => void fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Clear error log' })))
    expect(fake.spy('errorLog.clear')).toHaveBeenCalledWith({ source: 'local' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(useToastsStore.getState().toasts.map((t) => t.text)).toEqual(['Error log cleared: 1,234 records removed.'])
    await waitFor(() => expect(fact('Records')).toBe('0 records'))
    expect(fact('Oldest record')).toBe('none yet')
    expect(queryClient.getQueryState(apiQueryKey('local', 'errorLog.query', { limit: 1 }))?.isInvalidated).toBe(true)
  })

  it('keeps the dialog open with the reason when clearing fails', async () => {
    renderPanel({ 'errorLog.clear': () => ({ ok: false, error: { ...errorBase, operation: 'errorLog.clear', kind: 'internal', guidance: 'report-bug', message: 'The disk refused.' } }) })
    await act(async () => void fireEvent.click(await screen.findByRole('button', { name: 'Clear error log…' })))
    await act(async () => void fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Clear error log' })))
    const dialog = await screen.findByRole('dialog')
    await within(dialog).findByText('The disk refused.')
    expect(useToastsStore.getState().toasts).toEqual([])
  })

  it('shows the imported view’s size when there is one, and a way to retry when info fails', async () => {
    info = { ...info, imported: 7 }
    renderPanel()
    await screen.findByText('Imported view', { selector: 'dt' })
    expect(fact('Imported view')).toBe('7 records')
    cleanup()
    renderPanel({ 'errorLog.info': () => ({ ok: false, error: { ...errorBase, operation: 'errorLog.info', kind: 'internal', guidance: 'report-bug', message: 'Unreadable.' } }) })
    await screen.findByText('Unreadable.')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Clear error log…' })).toBeNull()
  })

  it('is a section of the Settings screen', async () => {
    const fake = createFakeFacade({ 'errorLog.info': () => ({ ok: true, value: info }) })
    renderWithFacade(createElement(SettingsScreen), fake.facade, { route: '/settings' })
    const section = screen.getByRole('region', { name: 'Error log' })
    await within(section).findByText('1,234 records')
    expect(within(section).getByRole('button', { name: 'Clear error log…' })).toBeTruthy()
  })
})
