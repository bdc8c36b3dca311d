import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'

/** The operator's theme choice: follow the OS, or force light or dark. */
export type ThemePreference = 'system' | 'light' | 'dark'

/** Every theme choice, in the order the Settings switch offers them. */
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark']

/** The localStorage key the preferences live under (one JSON value, zustand's persist format). */
export const PREFERENCES_STORAGE_KEY = 'coldsend.preferences'

/** True for a value the theme switch could have stored; anything else falls back to 'system'. */
export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEME_PREFERENCES as readonly string[]).includes(value)
}

interface Preferences {
  theme: ThemePreference
}

interface PreferencesState extends Preferences {
  setTheme(theme: ThemePreference): void
}

// localStorage that never throws: a missing, corrupt or unreadable value reads as "nothing stored",
// and a refused write (quota, storage disabled) leaves the choice in memory for this session.
const tolerantStorage: PersistStorage<Preferences> = {
  getItem(name) {
    try {
      const raw = globalThis.localStorage?.getItem(name)
      if (!raw) return null
      const parsed: unknown = JSON.parse(raw)
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return null
      return parsed as StorageValue<Preferences>
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      globalThis.localStorage?.setItem(name, JSON.stringify(value))
    } catch {
      // Not persisted; the in-memory choice still applies.
    }
  },
  removeItem(name) {
    try {
      globalThis.localStorage?.removeItem(name)
    } catch {
      // Nothing to remove.
    }
  }
}

/** Renderer preferences kept across restarts in localStorage (today: the theme). */
export const usePreferencesStore = create<PreferencesState>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme: isThemePreference(theme) ? theme : 'system' }) }), {
    name: PREFERENCES_STORAGE_KEY,
    version: 1,
    storage: tolerantStorage,
    partialize: (state) => ({ theme: state.theme }),
    // Only known values are taken from storage; an unknown or missing theme keeps the default.
    merge: (persisted, current) => {
      const theme = (persisted as Partial<Preferences> | undefined)?.theme
      return { ...current, theme: isThemePreference(theme) ? theme : current.theme }
    },
    // A value written by another version is read the same way (merge validates it).
    migrate: (persisted) => persisted as Preferences
  })
)
