import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/** How long a screen that is still loading (its chunk on the way) may take to show its heading. */
const HEADING_WAIT_MS = 10_000

function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus()
}

/**
 * Moves focus to the new screen's heading when the path changes (not on first load, not when only
 * the query string changes), so keyboard and screen-reader users land at the top of what they opened.
 * A screen still loading gets focus on <main> at once and on its heading when it appears — unless
 * the operator has moved focus elsewhere meanwhile.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation()
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname) return
    shown.current = pathname
    const root = main.current
    if (!root) return
    const heading = root.querySelector<HTMLElement>('h1')
    if (heading) return focusHeading(heading)
    root.focus()
    const observer = new MutationObserver(() => {
      const late = root.querySelector<HTMLElement>('h1')
      if (!late) return
      stop()
      if (document.activeElement === root || document.activeElement === document.body) focusHeading(late)
    })
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS)
    const stop = () => {
      observer.disconnect()
      clearTimeout(timer)
    }
    observer.observe(root, { childList: true, subtree: true })
    return stop
  }, [pathname, main])
}
