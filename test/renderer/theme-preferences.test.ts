// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { applyStoredTheme, applyTheme } from '../../src/renderer/src/theme/apply-theme'
import { PREFERENCES_STORAGE_KEY, usePreferencesStore } from '../../src/renderer/src/stores/preferences-store'

// The theme choice: kept in localStorage under coldsend.preferences, read back tolerantly (a
// missing or corrupt value means "match system"), and put on <html> as data-theme.

const html = document.documentElement
const stored = () => JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY) ?? 'null') as { state: { theme: string } } | null
// (setState writes storage too, so the raw value goes in after it.)
const rehydrateFrom = async (raw: string | null) => {
  usePreferencesStore.setState({ theme: 'system' })
  if (raw === null) localStorage.removeItem(PREFERENCES_STORAGE_KEY)
  else localStorage.setItem(PREFERENCES_STORAGE_KEY, raw)
  await usePreferencesStore.persist.rehydrate()
  return usePreferencesStore.getState().theme
}

beforeEach(() => {
  localStorage.clear()
  usePreferencesStore.setState({ theme: 'system' })
  html.removeAttribute('data-theme')
})
afterEach(() => vi.restoreAllMocks())

describe('preferences store', () => {
  it('defaults to matching the system theme', async () => {
    expect(await rehydrateFrom(null)).toBe('system')
  })

  it('saves the choice under coldsend.preferences and reads it back', async () => {
    usePreferencesStore.getState().setTheme('dark')
    const raw = localStorage.getItem(PREFERENCES_STORAGE_KEY)
    expect(stored()?.state).toEqual({ theme: 'dark' })
    expect(await rehydrateFrom(raw)).toBe('dark')
  })

  it('reads the stored choice when the module first loads (before any render)', async () => {
    localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify({ state: { theme: 'light' }, version: 1 }))
    vi.resetModules()
    const fresh = await import('../../src/renderer/src/stores/preferences-store')
    expect(fresh.usePreferencesStore.getState().theme).toBe('light')
  })

  it.each([
    ['corrupt JSON', '{"state": {"theme": "dark"'],
    ['an unknown theme', JSON.stringify({ state: { theme: 'purple' }, version: 1 })],
    ['a wrong shape', JSON.stringify({ state: 'dark', version: 1 })],
    ['a bare string', JSON.stringify('dark')],
    ['null', 'null'],
    ['an older version with garbage', JSON.stringify({ state: { theme: 42 }, version: 0 })]
  ])('falls back to "system" on %s, without throwing or logging', async (_label, raw) => {
    const errors = vi.spyOn(console, 'error')
    expect(await rehydrateFrom(raw)).toBe('system')
    expect(errors).not.toHaveBeenCalled()
  })

  it('keeps a valid choice from an older stored version', async () => {
    expect(await rehydrateFrom(JSON.stringify({ state: { theme: 'dark' }, version: 0 }))).toBe('dark')
  })

  it('still switches when localStorage refuses the write', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    expect(() => usePreferencesStore.getState().setTheme('light')).not.toThrow()
    expect(usePreferencesStore.getState().theme).toBe('light')
  })

  it('still starts when localStorage cannot be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    usePreferencesStore.setState({ theme: 'dark' })
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().theme).toBe('dark')
  })
})

describe('applying the theme to <html>', () => {
  it('sets data-theme for light and dark and removes it for system', () => {
    applyTheme('dark')
    expect(html.getAttribute('data-theme')).toBe('dark')
    applyTheme('light')
    expect(html.getAttribute('data-theme')).toBe('light')
    applyTheme('system')
    expect(html.hasAttribute('data-theme')).toBe(false)
  })

  it('applyStoredTheme applies the stored choice at startup and follows later changes until stopped', async () => {
    await rehydrateFrom(JSON.stringify({ state: { theme: 'dark' }, version: 1 }))
    const stop = applyStoredTheme()
    expect(html.getAttribute('data-theme')).toBe('dark')
    usePreferencesStore.getState().setTheme('system')
    expect(html.hasAttribute('data-theme')).toBe(false)
    usePreferencesStore.getState().setTheme('light')
    expect(html.getAttribute('data-theme')).toBe('light')
    stop()
    usePreferencesStore.getState().setTheme('dark')
    expect(html.getAttribute('data-theme')).toBe('light')
  })
})
