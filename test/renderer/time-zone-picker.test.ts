// @vitest-environment jsdom
import { createElement, useState } from 'react'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TimeZonePicker } from '../../src/renderer/src/screens/campaign/schedule/TimeZonePicker'
import { findTimeZone, isValidTimeZone, listTimeZones, searchTimeZones } from '../../src/renderer/src/screens/campaign/schedule/time-zones'
import { createFakeFacade } from './helpers/fake-facade'
import { describedBy, renderWithFacade } from './helpers/render'

afterEach(cleanup)

const WINTER = new Date('2026-01-15T12:00:00Z')

describe('time-zone list and search', () => {
  it('lists every zone once with its offset, UTC included', () => {
    const zones = listTimeZones(WINTER)
    expect(zones.length).toBeGreaterThan(300)
    expect(new Set(zones.map((z) => z.name)).size).toBe(zones.length)
    expect(zones.find((z) => z.name === 'UTC')?.offsetLabel).toBe('UTC+00:00')
    expect(zones.find((z) => z.name === 'America/New_York')?.offsetLabel).toBe('UTC−05:00')
    expect(listTimeZones(new Date('2026-07-15T12:00:00Z')).find((z) => z.name === 'America/New_York')?.offsetLabel).toBe('UTC−04:00')
    // Sorted west to east.
    expect(zones.map((z) => z.offsetMinutes)).toEqual([...zones.map((z) => z.offsetMinutes)].sort((a, b) => a - b))
  })

  it('shows today’s name for renamed zones and still finds the old one', () => {
    const zones = listTimeZones(WINTER)
    expect(zones.some((z) => z.name === 'Asia/Kolkata')).toBe(true)
    expect(zones.some((z) => z.name === 'Asia/Calcutta')).toBe(false)
    expect(findTimeZone('Asia/Calcutta', zones)?.name).toBe('Asia/Kolkata')
    expect(searchTimeZones('calcutta', zones)[0]?.name).toBe('Asia/Kolkata')
  })

  it('matches city names with spaces or underscores, in any case, best match first', () => {
    const zones = listTimeZones(WINTER)
    expect(searchTimeZones('new york', zones)[0]?.name).toBe('America/New_York')
    expect(searchTimeZones('NEW_YORK', zones)[0]?.name).toBe('America/New_York')
    expect(searchTimeZones('kolkata', zones).map((z) => z.name)).toEqual(['Asia/Kolkata'])
    expect(searchTimeZones('london', zones)[0]?.name).toBe('Europe/London')
    expect(searchTimeZones('lord howe', zones)[0]?.name).toBe('Australia/Lord_Howe')
    expect(searchTimeZones('', zones)).toHaveLength(zones.length)
    expect(searchTimeZones('zzzz', zones)).toEqual([])
  })

  it('matches offsets however they are typed', () => {
    const zones = listTimeZones(WINTER)
    for (const query of ['utc+5:30', 'UTC+05:30', 'gmt+5:30']) expect(searchTimeZones(query, zones).map((z) => z.name)).toContain('Asia/Kolkata')
    expect(searchTimeZones('utc-5', zones).map((z) => z.name)).toContain('America/New_York')
    expect(searchTimeZones('utc−05:00', zones).map((z) => z.name)).toContain('America/New_York')
  })

  it('validates zone names the way Intl does', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    expect(isValidTimeZone(' UTC')).toBe(false)
  })
})

function Harness({ initial, onChange }: { initial: string; onChange: (zone: string) => void }) {
  const [value, setValue] = useState(initial)
  return createElement(
    'div',
    null,
    createElement('label', { htmlFor: 'tz' }, 'Time zone'),
    createElement(TimeZonePicker, {
      id: 'tz',
      value,
      now: WINTER,
      'aria-describedby': 'tz-hint',
      onChange: (zone: string) => {
        onChange(zone)
        setValue(zone)
      }
    }),
    createElement('p', { id: 'tz-hint' }, 'Sending days and hours are read on this clock.'),
    createElement('button', { type: 'button' }, 'Elsewhere')
  )
}

function renderPicker(initial = 'America/New_York') {
  const onChange = vi.fn()
  renderWithFacade(createElement(Harness, { initial, onChange }), createFakeFacade().facade)
  const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement
  const listbox = () => document.getElementById(input.getAttribute('aria-controls') ?? '')!
  const activeOption = () => {
    const id = input.getAttribute('aria-activedescendant')
    return id ? document.getElementById(id) : null
  }
  const key = (key: string, init: Record<string, unknown> = {}) => fireEvent.keyDown(input, { key, ...init })
  const type = (text: string) => fireEvent.change(input, { target: { value: text } })
  return { input, listbox, activeOption, key, type, onChange }
}

describe('TimeZonePicker', () => {
  it('is a labelled, collapsed combobox that controls a listbox and shows the offset', () => {
    const { input, listbox } = renderPicker()
    expect(input.value).toBe('America/New_York')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(listbox().getAttribute('role')).toBe('listbox')
    expect(input.getAttribute('aria-activedescendant')).toBeNull()
    const descriptions = describedBy(input).map((el) => el.textContent)
    expect(descriptions).toEqual(['Sending days and hours are read on this clock.', 'UTC−05:00'])
  })

  it('opens on ArrowDown on the current zone, moves with the arrows, Enter picks', () => {
    const { input, key, activeOption, onChange } = renderPicker()
    key('ArrowDown')
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(activeOption()?.textContent).toContain('America/New_York')
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true')
    key('ArrowDown')
    const next = activeOption()?.querySelector('span')?.textContent
    expect(next).not.toBe('America/New_York')
    key('ArrowUp')
    key('ArrowUp')
    const before = activeOption()?.querySelector('span')?.textContent
    key('Enter')
    expect(onChange).toHaveBeenCalledWith(before)
    expect(input.value).toBe(before)
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })

  it('filters as you type and Enter takes the highlighted match', () => {
    const { input, key, type, activeOption, onChange } = renderPicker()
    type('kolk')
    expect(input.getAttribute('aria-expanded')).toBe('true')
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Asia/KolkataUTC+05:30'])
    expect(screen.getByRole('status').textContent).toBe('1 time zone found')
    key('ArrowDown')
    expect(activeOption()?.textContent).toContain('Asia/Kolkata')
    key('Enter')
    expect(onChange).toHaveBeenLastCalledWith('Asia/Kolkata')
    expect(input.value).toBe('Asia/Kolkata')
    expect(describedBy(input).at(-1)?.textContent).toBe('UTC+05:30')
  })

  it('Enter with nothing highlighted takes the best match', () => {
    const { input, key, type, onChange } = renderPicker()
    type('london')
    key('Enter')
    expect(onChange).toHaveBeenCalledWith('Europe/London')
    expect(input.value).toBe('Europe/London')
  })

  it('Escape closes and restores the current zone without changing it', () => {
    const { input, key, type, onChange } = renderPicker()
    type('tok')
    key('ArrowDown')
    key('Escape')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.value).toBe('America/New_York')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('keeps typed text until blur, then reverts invalid text to the last valid zone', () => {
    const { input, type, onChange } = renderPicker('Europe/London')
    input.focus()
    type('Atlantis/Lost')
    expect(input.value).toBe('Atlantis/Lost')
    expect(screen.getByText(/No time zone matches/)).toBeTruthy()
    fireEvent.blur(input)
    expect(input.value).toBe('Europe/London')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('accepts an exactly typed zone name on blur, spaces or any case', () => {
    const { input, type, onChange } = renderPicker()
    type('asia/tokyo')
    fireEvent.blur(input)
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo')
    expect(input.value).toBe('Asia/Tokyo')
    type('america/los angeles')
    fireEvent.blur(input)
    expect(onChange).toHaveBeenLastCalledWith('America/Los_Angeles')
  })

  it('picks with the mouse', () => {
    const { input, type, onChange } = renderPicker()
    type('berlin')
    const option = screen.getByRole('option', { name: /Europe\/Berlin/ })
    fireEvent.mouseDown(option)
    fireEvent.click(option)
    expect(onChange).toHaveBeenCalledWith('Europe/Berlin')
    expect(input.value).toBe('Europe/Berlin')
  })

  it('renders at most 50 options and keeps the active one in the page while moving', () => {
    const { key, activeOption, listbox } = renderPicker('UTC')
    key('ArrowDown')
    expect(within(listbox()).getAllByRole('option').length).toBeLessThanOrEqual(50)
    expect(activeOption()?.textContent).toContain('UTC')
    for (let i = 0; i < 80; i++) key('ArrowDown')
    expect(activeOption()).not.toBeNull()
    expect(within(listbox()).getAllByRole('option').length).toBeLessThanOrEqual(50)
    expect(screen.getByText(/Showing 50 of \d+/)).toBeTruthy()
  })

  it('does not rename an untouched old zone name on blur', () => {
    const { input, onChange } = renderPicker('Asia/Calcutta')
    input.focus()
    fireEvent.blur(input)
    expect(onChange).not.toHaveBeenCalled()
    expect(describedBy(input).at(-1)?.textContent).toBe('UTC+05:30')
  })
})
