import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import './menu-button.css'

/** One entry of a menu: its label and what it does; `disabled` entries say why in `title`. */
export interface MenuItem {
  label: string
  onSelect: () => void
  disabled?: boolean
  reason?: string
  danger?: boolean
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
 */
export function MenuButton({ label, accessibleName, items }: MenuButtonProps) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const menuId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const entries = useRef<Array<HTMLLIElement | null>>([])

  useEffect(() => {
    if (open) entries.current[active]?.focus()
  }, [open, active])
  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (!button.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
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
    } else if (event.key === 'Tab') close(false)
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
      {open ? (
        <ul id={menuId} role="menu" aria-label={accessibleName} className="menu-button__menu" onKeyDown={onMenuKey}>
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
        </ul>
      ) : null}
    </div>
  )
}
