import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import { useFacade } from '../bridge/facade-context'
import { paths } from '../routes/paths'
import { activateProfile } from '../stores/profiles-actions'
import { useProfilesStore } from '../stores/profiles-store'
import { notify } from '../toasts/toasts-store'
import { matchesQuery, staticCommands, type PaletteCommand } from './palette-commands'
import { usePaletteSearch } from './use-palette-search'
import './palette.css'

const GROUPS: PaletteCommand['group'][] = ['Screens', 'Actions', 'Campaigns', 'Inboxes']

/** The palette's search box and result list: a combobox driven from the keyboard (arrows, Home/End, Enter). */
export function PaletteBody({ onDone }: { onDone: () => void }) {
  const facade = useFacade()
  const navigate = useNavigate()
  const profiles = useProfilesStore((s) => s.profiles)
  const hasProfile = useProfilesStore((s) => s.activeId !== null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const search = usePaletteSearch(hasProfile ? query : '')

  const results = useMemo(() => {
    const fixed = staticCommands(profiles, async (id) => {
      const result = await activateProfile(facade, id)
      const name = profiles.find((p) => p.id === id)?.name ?? id
      if (result.ok) notify(`Now using profile “${name}”.`, { link: { to: paths.settings(), label: 'Open Settings' } })
      else notify(`Could not switch to “${name}”: ${result.error.message}`, { error: result.error })
    }).filter((c) => matchesQuery(c.label, query))
    return [...fixed, ...search.commands]
  }, [profiles, facade, query, search.commands])
  const current = Math.min(active, Math.max(0, results.length - 1))
  const optionId = (i: number) => `${listId}-opt-${i}`

  const choose = (command: PaletteCommand | undefined) => {
    if (!command) return
    onDone()
    if (command.to) void navigate(command.to)
    if (command.run) void command.run()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1
    const moves: Record<string, number> = { ArrowDown: Math.min(last, current + 1), ArrowUp: Math.max(0, current - 1), Home: 0, End: last }
    if (event.key in moves) {
      event.preventDefault()
      setActive(moves[event.key] ?? 0)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(results[current])
    }
  }

  return (
    <div className="palette">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search screens, campaigns, inboxes and actions
      </label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        placeholder="Type a screen, campaign, inbox or action…"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Results" className="palette__list">
        {GROUPS.map((group) => {
          const items = results.map((c, i) => ({ c, i })).filter(({ c }) => c.group === group)
          if (items.length === 0) return null
          return (
            <li key={group} role="presentation">
              <p className="palette__group" id={`${listId}-${group}`} aria-hidden="true">
                {group}
              </p>
              <ul role="group" aria-labelledby={`${listId}-${group}`}>
                {items.map(({ c, i }) => (
                  <li
                    key={c.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    className={i === current ? 'palette__option palette__option--active' : 'palette__option'}
                    onMouseMove={() => setActive(i)}
                    onClick={() => choose(c)}
                  >
                    {c.label}
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
      <p className="palette__status" role="status">
        {search.searching ? 'Searching campaigns and inboxes…' : results.length === 0 ? 'Nothing matches.' : `${results.length} ${results.length === 1 ? 'result' : 'results'}`}
      </p>
    </div>
  )
}
