// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ToastRegion } from '../../src/renderer/src/toasts/ToastRegion'
import { TOAST_MS } from '../../src/renderer/src/toasts/ToastItem'
import { MAX_TOASTS, notify, useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade } from './helpers/fake-facade'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => useToastsStore.setState({ toasts: [], next: 1 }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const region = () => screen.getByRole('region', { name: 'Notifications' })

describe('toasts', () => {
  it('announce through an aria-live region that exists before the first toast, and link to what they are about', async () => {
    renderWithFacade(createElement(ToastRegion), createFakeFacade().facade, { route: '/settings' })
    const live = region().querySelector('[aria-live="polite"]')
    expect(live).not.toBeNull()
    act(() => void notify('Campaign “Spring” created.', { link: { to: '/campaigns/c-1', label: 'Open campaign' } }))
    expect(within(live as HTMLElement).getByText('Campaign “Spring” created.')).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Open campaign' })))
    expect(currentLocation.pathname).toBe('/campaigns/c-1')
    expect(useToastsStore.getState().toasts).toEqual([])
  })

  it('are dismissable, success ones leave by themselves (not while hovered), problems stay', () => {
    vi.useFakeTimers()
    renderWithFacade(createElement(ToastRegion), createFakeFacade().facade)
    act(() => void notify('Saved.'))
    act(() => void notify('Could not switch profile.', { tone: 'problem' }))
    const saved = screen.getByText('Saved.').closest('li') as HTMLElement
    fireEvent.mouseEnter(saved)
    act(() => void vi.advanceTimersByTime(TOAST_MS + 1))
    expect(screen.getByText('Saved.')).toBeTruthy()
    fireEvent.mouseLeave(saved)
    act(() => void vi.advanceTimersByTime(TOAST_MS + 1))
    expect(screen.queryByText('Saved.')).toBeNull()
    expect(screen.getByText('Could not switch profile.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notification' }))
    expect(screen.queryByText('Could not switch profile.')).toBeNull()
  })

  it('float outside the page flow (a fixed region), keeping at most a few', () => {
    renderWithFacade(createElement(ToastRegion), createFakeFacade().facade)
    for (let i = 0; i < MAX_TOASTS + 2; i++) act(() => void notify(`n${i}`))
    expect(screen.getAllByRole('listitem')).toHaveLength(MAX_TOASTS)
    expect(screen.queryByText('n0')).toBeNull()
    expect(region().className).toBe('toast-region')
  })
})
