// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { ErrorNotice } from '../../src/renderer/src/guidance/ErrorNotice'
import { errorLogLinkFor } from '../../src/renderer/src/guidance/error-log-link'
import { ToastRegion } from '../../src/renderer/src/toasts/ToastRegion'
import { notify, useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useAppStore.getState().reset()
  useToastsStore.setState({ toasts: [], next: 1 })
})
afterEach(cleanup)

const serverError: AppError = { ...errorBase, operation: 'campaigns.pause', kind: 'server', guidance: 'retry-later', requestId: 'req 7/x' }

describe('links from an error to its record in the error log', () => {
  it('searches the log for the request ID, or the operation when there is none', () => {
    expect(errorLogLinkFor(serverError)).toBe('/errors?q=req+7%2Fx')
    expect(errorLogLinkFor({ ...serverError, requestId: undefined })).toBe('/errors?q=campaigns.pause')
    expect(errorLogLinkFor({ ...serverError, logId: 'rec-42' })).toBe('/errors/rec-42')
  })

  it('has none for errors the log never records', () => {
    expect(errorLogLinkFor({ ...serverError, operation: 'errorLog.get' })).toBeNull()
    expect(errorLogLinkFor({ ...serverError, guidance: 'restart-console' })).toBeNull()
  })

  it('ErrorNotice links to the record', async () => {
    renderWithFacade(createElement(ErrorNotice, { error: serverError }), createFakeFacade().facade, { route: '/campaigns' })
    const link = screen.getByRole('link', { name: 'View in error log' })
    await act(async () => void fireEvent.click(link))
    expect(currentLocation.pathname).toBe('/errors')
    expect(new URLSearchParams(currentLocation.search).get('q')).toBe('req 7/x')
  })

  it('ErrorNotice has no link when the error is the error log’s own', () => {
    renderWithFacade(createElement(ErrorNotice, { error: { ...serverError, operation: 'errorLog.query' } }), createFakeFacade().facade)
    expect(screen.queryByRole('link', { name: 'View in error log' })).toBeNull()
  })

  it('an error toast is a problem that links to its record, beside its own link', async () => {
    renderWithFacade(createElement(ToastRegion), createFakeFacade().facade, { route: '/campaigns' })
    act(() => void notify('Could not pause “Spring”.', { error: serverError, link: { to: '/campaigns/c-1', label: 'Open campaign' } }))
    const toast = screen.getByText('Could not pause “Spring”.').closest('li') as HTMLElement
    expect(toast.className).toContain('toast--problem')
    expect(within(toast).getByRole('link', { name: 'Open campaign' })).toBeTruthy()
    await act(async () => void fireEvent.click(within(toast).getByRole('link', { name: 'View in error log' })))
    expect(currentLocation.pathname).toBe('/errors')
    expect(new URLSearchParams(currentLocation.search).get('q')).toBe('req 7/x')
    expect(useToastsStore.getState().toasts).toEqual([])
  })

  it('a toast with no error has no error-log link', () => {
    renderWithFacade(createElement(ToastRegion), createFakeFacade().facade)
    act(() => void notify('Saved.'))
    expect(screen.queryByRole('link', { name: 'View in error log' })).toBeNull()
  })
})
