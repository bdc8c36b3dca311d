import { useEffect } from 'react'

const APP_NAME = 'ColdSend console'

/** The window title for a screen: most specific part first, e.g. "Spring launch · Campaigns — ColdSend console". */
export function documentTitle(parts: readonly (string | null | undefined)[]): string {
  const named = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
  return named.length > 0 ? `${named.join(' · ')} — ${APP_NAME}` : APP_NAME
}

/** Sets `document.title` while the screen is shown, so the window, history and screen readers name it. */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = documentTitle(parts)
  useEffect(() => {
    document.title = title
  }, [title])
}
