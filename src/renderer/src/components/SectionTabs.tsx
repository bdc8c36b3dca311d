import { NavLink } from 'react-router'

/** Props: the sections of one entity page, each a route. */
export interface SectionTabsProps {
  label: string
  sections: ReadonlyArray<{ to: string; label: string }>
}

/** Section links of an entity page (`#/campaigns/:id/leads`): real links, so Back, reload and bookmarks work. */
export function SectionTabs({ label, sections }: SectionTabsProps) {
  return (
    <nav className="section-tabs" aria-label={label}>
      <ul>
        {sections.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
