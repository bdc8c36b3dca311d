import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { findTimeZone, listTimeZones, searchTimeZones, type TimeZoneOption } from './time-zones'
import './schedule.css'

/** Props of TimeZonePicker; label it with `<label htmlFor={id}>Time zone</label>`. */
export interface TimeZonePickerProps {
  id: string
  /** The chosen IANA zone. */
  value: string
  /** Called with a listed IANA name when the user picks one. */
  onChange: (zone: string) => void
  'aria-invalid'?: boolean | 'true' | 'false'
  /** The caller's hint / error ids; the picker appends the id of its offset text. */
  'aria-describedby'?: string
  disabled?: boolean
  /** The moment offsets are shown for; default now. */
  now?: Date
}

/** At most this many options are in the page at once; the window follows the active option. */
const RENDERED = 50

/**
 * An editable combobox over the IANA time zones (WAI-ARIA 1.2 combobox with a listbox popup):
 * typing filters ("new york", "kolkata", "utc+5:30"); ArrowDown / ArrowUp move through the list
 * (opening it), PageDown / PageUp by ten; Enter picks the highlighted zone, or the best match when
 * none is highlighted; Escape closes and puts back the current zone; leaving the field keeps a
 * typed zone name if it is a real one and otherwise restores the last valid zone — what was typed
 * stays visible until then. Each option shows its current UTC offset.
 */
export function TimeZonePicker({ id, value, onChange, disabled, now, ...aria }: TimeZonePickerProps) {
  const [text, setText] = useState(value)
  const [shownValue, setShownValue] = useState(value)
  const [open, setOpen] = useState(false)
  const [filtering, setFiltering] = useState(false)
  const [active, setActive] = useState(-1)
  if (value !== shownValue) {
    // The value changed from outside (or after a pick): show it.
    setShownValue(value)
    setText(value)
    setFiltering(false)
  }

  const all = useMemo(() => listTimeZones(now), [now])
  const results = useMemo(() => (filtering ? searchTimeZones(text, all) : all), [filtering, text, all])
  const current = useMemo(() => findTimeZone(value, all), [value, all])
  const listId = `${id}-listbox`
  const offsetId = `${id}-offset`
  const optionId = (index: number) => `${id}-option-${index}`
  const first = Math.max(0, Math.min(active - 10, results.length - RENDERED))
  const rendered = results.slice(first, first + RENDERED)

  useEffect(() => {
    if (open && active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [open, active, id])

  const close = () => {
    setOpen(false)
    setActive(-1)
  }
  const choose = (option: TimeZoneOption) => {
    if (option.name !== value) onChange(option.name)
    setText(option.name)
    setFiltering(false)
    close()
  }
  const restore = () => {
    setText(value)
    setFiltering(false)
    close()
  }
  const selectedIndex = () => (filtering ? -1 : results.findIndex((o) => o.name === current?.name))
  const move = (to: number) => {
    if (!results.length) return
    setOpen(true)
    setActive(Math.max(0, Math.min(results.length - 1, to)))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const from = active >= 0 ? active : selectedIndex()
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (event.altKey) setOpen(true)
        else if (!open && from >= 0) move(from)
        else move(from + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        if (!open && from >= 0) move(from)
        else move(from < 0 ? results.length - 1 : from - 1)
        break
      case 'PageDown':
        if (!open) return
        event.preventDefault()
        move(from + 10)
        break
      case 'PageUp':
        if (!open) return
        event.preventDefault()
        move(from - 10)
        break
      case 'Enter': {
        if (!open) return
        event.preventDefault()
        const pick = active >= 0 ? results[active] : (findTimeZone(text, all) ?? results[0])
        if (pick) choose(pick)
        break
      }
      case 'Escape':
        if (open || text !== value) {
          event.preventDefault()
          restore()
        }
        break
    }
  }

  const onBlur = () => {
    // Untouched text keeps the value as it is (even an old name such as Asia/Calcutta).
    const typed = text === value ? null : findTimeZone(text, all)
    if (typed) choose(typed)
    else restore()
  }

  const describedBy = [aria['aria-describedby'], current ? offsetId : null].filter(Boolean).join(' ') || undefined

  return (
    <div className="tz-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={aria['aria-invalid']}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setFiltering(true)
          setOpen(true)
          setActive(-1)
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {current ? (
        <span id={offsetId} className="tz-picker__offset">
          {current.offsetLabel}
        </span>
      ) : null}
      <div className="tz-picker__popup" hidden={!open}>
        <ul id={listId} role="listbox" aria-label="Time zones" className="tz-picker__list" onMouseDown={(e) => e.preventDefault()}>
          {open
            ? rendered.map((option, i) => {
                const index = first + i
                return (
                  <li key={option.name} id={optionId(index)} role="option" aria-selected={index === active} className="tz-picker__option" onClick={() => choose(option)}>
                    <span>{option.name}</span>
                    <span className="tz-picker__offset">{option.offsetLabel}</span>
                  </li>
                )
              })
            : null}
        </ul>
        {open && results.length === 0 ? <p className="tz-picker__note">No time zone matches “{text}”.</p> : null}
        {open && results.length > RENDERED ? (
          <p className="tz-picker__note">
            Showing {RENDERED} of {results.length} — type to narrow the list.
          </p>
        ) : null}
      </div>
      <span role="status" className="visually-hidden">
        {open && filtering ? `${results.length} time zone${results.length === 1 ? '' : 's'} found` : ''}
      </span>
    </div>
  )
}
