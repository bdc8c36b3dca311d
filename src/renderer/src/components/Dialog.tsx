import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react'
import { createPortal } from 'react-dom'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Props of a modal dialog: its title (also its accessible name), content, and how to close it. */
export interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A modal dialog: labelled by its title, Escape closes it, Tab stays inside, the first field gets
 * focus on open (or when it appears, for content still loading) and focus goes back to whatever
 * opened it on close.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = panel.current
    const field = () => root?.querySelector<HTMLElement>('input, select, textarea') ?? null
    const initial = field() ?? root
    initial?.focus()
    // Content that arrives later (a form whose code is still loading) gets the focus when its first
    // field appears — unless the operator has moved it meanwhile.
    const late = new MutationObserver(() => {
      const first = field()
      if (!first) return
      late.disconnect()
      if (document.activeElement === root) first.focus()
    })
    if (root && initial === root) late.observe(root, { childList: true, subtree: true })
    return () => {
      late.disconnect()
      if (opener && opener.isConnected) opener.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  // In a portal on <body> so no table or clipped parent styles it; events stop at the backdrop because
  // React bubbles them along the component tree, and a dialog opened from a table row must not click the row.
  const stop = (event: SyntheticEvent) => event.stopPropagation()
  return createPortal(
    <div className="dialog-backdrop" onClick={stop} onKeyDown={stop}>
      <div
        ref={panel}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close dialog" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>,
    document.body
  )
}
