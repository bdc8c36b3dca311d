import type { MouseEvent } from 'react'
import { useAppStore, type Route } from '../stores/app-store'

const LINKS: Array<{ route: Route; label: string }> = [
  { route: 'campaigns', label: 'Campaigns' },
  { route: 'settings', label: 'Settings' }
]

/** The left navigation: real links (keyboard and screen-reader friendly) that switch the screen. */
export function NavBar() {
  const route = useAppStore((s) => s.route)
  const navigate = useAppStore((s) => s.navigate)
  const go = (target: Route) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    navigate(target)
  }
  return (
    <nav className="side-nav" aria-label="Main">
      <ul>
        {LINKS.map((link) => (
          <li key={link.route}>
            <a
              href={`#${link.route}`}
              aria-current={route === link.route ? 'page' : undefined}
              onClick={go(link.route)}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
