import { useId } from 'react'
import { THEME_PREFERENCES, usePreferencesStore, type ThemePreference } from '../stores/preferences-store'

const LABELS: Record<ThemePreference, string> = { system: 'Match system', light: 'Light', dark: 'Dark' }

/**
 * The "Theme" radio group for Settings: match the OS, or force light or dark. The choice is saved
 * in the preferences store; `applyStoredTheme()` (called once at startup) puts it on the page.
 */
export function ThemeSwitch() {
  const theme = usePreferencesStore((s) => s.theme)
  const setTheme = usePreferencesStore((s) => s.setTheme)
  const name = useId()
  return (
    <fieldset className="theme-switch" role="radiogroup">
      <legend>Theme</legend>
      <div className="theme-switch__options">
        {THEME_PREFERENCES.map((value) => (
          <label key={value} className="theme-switch__option">
            <input type="radio" name={name} value={value} checked={theme === value} onChange={() => setTheme(value)} />
            {LABELS[value]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
