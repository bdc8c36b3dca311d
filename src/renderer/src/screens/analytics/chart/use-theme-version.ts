import { useEffect, useState } from 'react'

/**
 * A number that changes whenever the colours on screen may have changed: the theme attribute on
 * <html> (Settings) or the OS light/dark preference (theme "system"). Charts rebuild on it.
 */
export function useThemeVersion(root: HTMLElement = document.documentElement): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    const observer = new MutationObserver(bump)
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class'] })
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
    media?.addEventListener('change', bump)
    return () => {
      observer.disconnect()
      media?.removeEventListener('change', bump)
    }
  }, [root])
  return version
}
