import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import './menu-button.css'

/** One entry of a menu: its label and what it does; `disabled` entries say why in `title`. */
export interface MenuItem {
  label: string
  onSelect: () => void
  disabled?: boolean
  reason?: string
  danger?: boolean
}

const ITEM_PX = 34

// Below the button, right-aligned to it; above it when the window has no room below. Fixed and in a
// portal, so a scrolling table wrapper never clips it.
function placeMenu(button: HTMLElement, count: number): CSSProperties {
  const rect = button.getBoundingClientRect()
  const right = Math.max(8, window.innerWidth - rect.right)
  const below = rect.bottom + 4 + count * ITEM_PX + 12 <= window.innerHeight
  return below ? { position: 'fixed', top: rect.bottom + 4, right } : { position: 'fixed', bottom: window.innerHeight - rect.top + 4, right }
}

/** Props: the button's visible text, its accessible name, and the entries. */
export interface MenuButtonProps {
  label: string
  accessibleName: string
  items: readonly MenuItem[]
}

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on the first
 * entry, arrows/Home/End move, Enter runs, Escape or Tab close it and focus returns to the button.
 * The menu is rendered fixed in a portal so a scrolling table never clips it.
 */
export function MenuButton({ label, accessibleName, items }: MenuButtonProps) {
  const [place, setPlace] = useState<CSSProperties | null>(null)
  const open = place !== null
  const setOpen = (next: boolean | ((was: boolean) => boolean)) => {
    const wanted = typeof next === 'function' ? next(open) : next
    setPlace(wanted && button.current ? placeMenu(button.current, items.length) : null)
  }
  const [active, setActive] = useState(0)
  const menuId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const entries = useRef<Array<HTMLLIElement | null>>([])
  const menu = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (open) entries.current[active]?.focus()
  }, [open, active])
  useEffect(() => {
    if (!open) return
    const close = (event: Event) => {
      const target = event.target as Node
      if (button.current?.contains(target) || menu.current?.contains(target)) return
      setPlace(null)
    }
    // A scroll or resize would leave a fixed menu behind its button: close it instead.
    const drop = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) setPlace(null)
    }
    document.addEventListener('mousedown', close)
    window.addEventListener('scroll', drop, true)
    window.addEventListener('resize', drop)
    return () => {
      document.removeEventListener('mousedown', close)
      window.removeEventListener('scroll', drop, true)
      window.removeEventListener('resize', drop)
    }
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }
  const run = (item: MenuItem | undefined) => {
    if (!item || item.disabled) return
    close(true)
    item.onSelect()
  }
  const onMenuKey = (event: KeyboardEvent) => {
    const last = items.length - 1
    const moves: Record<string, number> = { ArrowDown: active >= last ? 0 : active + 1, ArrowUp: active <= 0 ? last : active - 1, Home: 0, End: last }
    if (event.key in moves) {
      event.preventDefault()
      setActive(moves[event.key] ?? 0)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      run(items[active])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'Tab') {
      // The menu lives at the end of the page: Tab goes back to its button rather than off the page.
      event.preventDefault()
      close(true)
    }
  }

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className="menu-button__trigger"
        aria-label={accessibleName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(0)
          setOpen((o) => !o)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setActive(event.key === 'ArrowDown' ? 0 : items.length - 1)
            setOpen(true)
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {place
        ? createPortal(
        <ul ref={menu} id={menuId} role="menu" aria-label={accessibleName} className="menu-button__menu" style={place} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li
              key={item.label}
              ref={(el) => void (entries.current[i] = el)}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              title={item.disabled ? item.reason : undefined}
              className={item.danger ? 'menu-button__item menu-button__item--danger' : 'menu-button__item'}
              onClick={() => run(item)}
              onMouseMove={() => setActive(i)}
            >
              {item.label}
            </li>
          ))}
        </ul>,
            document.body
          )
        : null}
    </div>
  )
}
