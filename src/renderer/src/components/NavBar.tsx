import { useId, useState, type KeyboardEvent } from 'react'
import { NavLink, useLocation } from 'react-router'
import { NAV_SCREENS, paths } from '../routes/paths'
import { NewErrorsBadge } from './NewErrorsBadge'
import { useNewErrorCount } from './use-new-error-count'
import { useMediaQuery } from './use-media-query'
import './nav.css'

/** Below this width the sidebar folds into a rail with a menu button, leaving the room to the tables. */
export const NARROW_QUERY = '(max-width: 1099px)'

/**
 * The left navigation: real links to every screen (the current one marked), full width on wide
 * windows and a collapsible rail on narrow ones (Escape or choosing a screen folds it again).
 */
export function NavBar() {
  const narrow = useMediaQuery(NARROW_QUERY)
  const listId = useId()
  const { pathname } = useLocation()
  const newErrors = useNewErrorCount()
  // Open only for the place it was opened at: choosing a screen (or widening the window) folds it.
  const here = `${pathname}|${narrow}`
  const [openAt, setOpenAt] = useState<string | null>(null)
  const open = openAt === here
  const setOpen = (next: boolean | ((was: boolean) => boolean)) =>
    setOpenAt((typeof next === 'function' ? next(open) : next) ? here : null)
  const shown = !narrow || open
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && narrow && open) setOpen(false)
  }
  return (
    <nav className={`side-nav${narrow ? ' side-nav--rail' : ''}${open ? ' side-nav--open' : ''}`} aria-label="Main" onKeyDown={onKeyDown}>
      {narrow ? (
        <button type="button" className="side-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{open ? 'Hide navigation' : 'Show navigation'}</span>
          {open ? null : <NewErrorsBadge count={newErrors} />}
        </button>
      ) : null}
      <ul id={listId} hidden={!shown}>
        {NAV_SCREENS.map((screen) => (
          <li key={screen.to}>
            <NavLink to={screen.to} end={false}>
              {screen.label}
              {screen.to === paths.errors() ? <NewErrorsBadge count={newErrors} /> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
