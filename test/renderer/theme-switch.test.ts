// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ThemeSwitch } from '../../src/renderer/src/components/ThemeSwitch'
import { PREFERENCES_STORAGE_KEY, usePreferencesStore } from '../../src/renderer/src/stores/preferences-store'
import { applyStoredTheme } from '../../src/renderer/src/theme/apply-theme'

// The Settings "Theme" switch: a labelled radio group that saves the choice and, with
// applyStoredTheme running (as the shell does at startup), changes the page theme at once.

let stop: () => void = () => undefined
beforeEach(() => {
  localStorage.clear()
  usePreferencesStore.setState({ theme: 'system' })
  document.documentElement.removeAttribute('data-theme')
  stop = applyStoredTheme()
})
afterEach(() => {
  stop()
  cleanup()
})

describe('ThemeSwitch', () => {
  it('is a radio group named "Theme" with the three choices, the current one checked', () => {
    render(createElement(ThemeSwitch))
    const group = screen.getByRole('radiogroup', { name: 'Theme' })
    const radios = within(group).getAllByRole('radio')
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['system', 'light', 'dark'])
    expect(within(group).getByRole('radio', { name: 'Match system' })).toHaveProperty('checked', true)
    expect(within(group).getByRole('radio', { name: 'Light' })).toHaveProperty('checked', false)
    expect(within(group).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', false)
  })

  it('choosing Dark saves it and switches the page; Match system hands back to the OS', () => {
    render(createElement(ThemeSwitch))
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(screen.getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true)
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
    expect(JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY) ?? '{}').state).toEqual({ theme: 'dark' })
    fireEvent.click(screen.getByRole('radio', { name: 'Match system' }))
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false)
    expect(JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY) ?? '{}').state).toEqual({ theme: 'system' })
  })

  it('shows a choice made elsewhere (the store is the single source)', () => {
    render(createElement(ThemeSwitch))
    act(() => usePreferencesStore.getState().setTheme('light'))
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true)
  })

  it('two switches on one page do not share a radio name with other groups', () => {
    render(createElement('div', null, createElement(ThemeSwitch), createElement(ThemeSwitch)))
    const names = screen.getAllByRole('radio').map((r) => r.getAttribute('name'))
    expect(new Set(names).size).toBe(2)
  })
})
