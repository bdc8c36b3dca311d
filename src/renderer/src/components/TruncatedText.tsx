import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { Link } from 'react-router'

// One ResizeObserver for every TruncatedText on screen (a table has one per cell).
const watchers = new Map<Element, () => void>()
let observer: ResizeObserver | null = null
function watchSize(element: Element, onResize: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined
  observer ??= new ResizeObserver((entries) => entries.forEach((entry) => watchers.get(entry.target)?.()))
  watchers.set(element, onResize)
  observer.observe(element)
  return () => {
    watchers.delete(element)
    observer?.unobserve(element)
  }
}

/** Where the focus popover goes: under the text, kept inside the window. */
function popoverPlace(anchor: HTMLElement): CSSProperties {
  const rect = anchor.getBoundingClientRect()
  const width = Math.min(window.innerWidth - 16, 640)
  return { top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)), maxWidth: width }
}

/** Props: the full text; `className` adds to the truncating element (e.g. for alignment). */
export interface TruncatedTextProps {
  text: string
  className?: string
  /** Makes the text a link to this route (a campaign's page); a link is always focusable, so it shows the popover when cut. */
  to?: string
}

/**
 * One line of text cut with an ellipsis when its cell is too narrow, so long values never push
 * table columns off screen. The full text stays in the DOM (and the accessibility tree) and in
 * `title` for mouse users; when it is actually cut, the text becomes focusable and shows the whole
 * value in a popover while focused, so keyboard users can read it too.
 */
export function TruncatedText({ text, className, to }: TruncatedTextProps) {
  const ref = useRef<HTMLElement>(null)
  const [truncated, setTruncated] = useState(false)
  const [place, setPlace] = useState<CSSProperties | null>(null)

  const measure = useCallback(() => {
    const element = ref.current
    if (element) setTruncated(element.scrollWidth > element.clientWidth)
  }, [])
  useLayoutEffect(measure, [measure, text])
  useEffect(() => {
    const element = ref.current
    return element ? watchSize(element, measure) : undefined
  }, [measure])

  const open = place !== null
  useEffect(() => {
    if (!open) return
    const follow = () => ref.current && setPlace(popoverPlace(ref.current))
    window.addEventListener('scroll', follow, true)
    window.addEventListener('resize', follow)
    return () => {
      window.removeEventListener('scroll', follow, true)
      window.removeEventListener('resize', follow)
    }
  }, [open])

  const show = () => {
    if (truncated && ref.current) setPlace(popoverPlace(ref.current))
  }
  const hideOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation()
      setPlace(null)
    }
  }

  return (
    <>
      {to ? (
        <Link
          ref={ref as React.RefObject<HTMLAnchorElement>}
          to={to}
          className={className ? `truncated ${className}` : 'truncated'}
          title={text}
          onFocus={show}
          onBlur={() => setPlace(null)}
          onKeyDown={hideOnEscape}
        >
          {text}
        </Link>
      ) : (
        <span
          ref={ref as React.RefObject<HTMLSpanElement>}
          className={className ? `truncated ${className}` : 'truncated'}
          title={text}
          tabIndex={truncated ? 0 : undefined}
          onFocus={show}
          onBlur={() => setPlace(null)}
          onKeyDown={hideOnEscape}
        >
          {text}
        </span>
      )}
      {open
        ? createPortal(
            <span className="truncated__popover" aria-hidden="true" style={place}>
              {text}
            </span>,
            document.body
          )
        : null}
    </>
  )
}
