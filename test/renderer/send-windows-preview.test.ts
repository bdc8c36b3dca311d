// @vitest-environment jsdom
import { createElement, useState } from 'react'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SendPreview } from '../../src/renderer/src/screens/campaign/schedule/SendPreview'
import { SendingDaysPicker } from '../../src/renderer/src/screens/campaign/schedule/DaysPicker'
import { formatWindow } from '../../src/renderer/src/screens/campaign/schedule/window-format'
import type { SendingSchedule } from '../../src/renderer/src/screens/campaign/schedule/send-windows'
import { createFakeFacade } from './helpers/fake-facade'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)

const show = (el: Parameters<typeof renderWithFacade>[0]) => renderWithFacade(el, createFakeFacade().facade)
// Wednesday 2 December 2026, 07:00 in New York, 12:00 in London.
const NOW = new Date('2026-12-02T12:00:00Z')
const schedule: SendingSchedule = { timezone: 'America/New_York', sending_days: [1, 2, 3, 4, 5], sending_window_start: 9, sending_window_start_minute: 0, sending_window_end: 17, sending_window_end_minute: 0, start_date: null }
const rows = () =>
  within(screen.getByRole('table', { name: 'Next sending windows' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))

describe('window formatting', () => {
  it('writes a window on a zone’s clock, 24:00 and midnight-crossing included', () => {
    const w = { start: new Date('2026-12-07T14:00:00Z'), end: new Date('2026-12-07T22:00:00Z') }
    expect(formatWindow(w, 'America/New_York')).toBe('Mon 7 Dec, 09:00–17:00')
    expect(formatWindow(w, 'Asia/Kolkata')).toBe('Mon 7 Dec, 19:30 – Tue 8 Dec, 03:30')
    expect(formatWindow({ start: new Date('2026-12-07T14:00:00Z'), end: new Date('2026-12-08T05:00:00Z') }, 'America/New_York')).toBe('Mon 7 Dec, 09:00–24:00')
  })
})

describe('SendPreview', () => {
  it('shows the next windows on the campaign’s clock and the operator’s', () => {
    show(createElement(SendPreview, { schedule, operatorTimeZone: 'Europe/London', now: NOW }))
    const table = screen.getByRole('table', { name: 'Next sending windows' })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Campaign time (America/New_York)', 'Your time (Europe/London)'])
    expect(rows()).toEqual([
      ['Wed 2 Dec, 09:00–17:00', 'Wed 2 Dec, 14:00–22:00'],
      ['Thu 3 Dec, 09:00–17:00', 'Thu 3 Dec, 14:00–22:00'],
      ['Fri 4 Dec, 09:00–17:00', 'Fri 4 Dec, 14:00–22:00'],
      ['Mon 7 Dec, 09:00–17:00', 'Mon 7 Dec, 14:00–22:00'],
      ['Tue 8 Dec, 09:00–17:00', 'Tue 8 Dec, 14:00–22:00']
    ])
  })

  it('marks a window that is open now', () => {
    show(createElement(SendPreview, { schedule, operatorTimeZone: 'Europe/London', now: new Date('2026-12-02T15:00:00Z') }))
    expect(rows()[0]?.[0]).toBe('Wed 2 Dec, 09:00–17:00 (open now)')
  })

  it('uses one column and says so when both zones are the same', () => {
    show(createElement(SendPreview, { schedule, operatorTimeZone: 'America/New_York', now: NOW }))
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Campaign time (America/New_York)'])
    expect(screen.getByText(/Your time zone is the campaign’s \(America\/New_York\)/)).toBeTruthy()
  })

  it('says when a future start date begins sending', () => {
    show(createElement(SendPreview, { schedule: { ...schedule, start_date: '2026-12-14T00:00:00' }, operatorTimeZone: 'Europe/London', now: NOW }))
    expect(screen.getByText(/^Starts Mon 14 Dec 2026, 00:00 \(America\/New_York\), Mon 14 Dec 2026, 05:00 your time\.$/)).toBeTruthy()
    expect(rows()[0]?.[0]).toBe('Mon 14 Dec, 09:00–17:00')
  })

  it('lists the problems instead of windows when the schedule is invalid', () => {
    show(createElement(SendPreview, { schedule: { ...schedule, sending_days: [], sending_window_end: 24, sending_window_end_minute: 15 }, now: NOW }))
    expect(screen.queryByRole('table')).toBeNull()
    const group = screen.getByRole('group', { name: 'Next sending windows' })
    expect(within(group).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Choose at least one sending day.', 'A window that ends at hour 24 must end at 24:00 (minute 0).'])
  })
})

function DaysHarness({ initial, onChange }: { initial: number[]; onChange: (days: number[]) => void }) {
  const [days, setDays] = useState(initial)
  return createElement(
    'fieldset',
    null,
    createElement('legend', null, 'Sending days'),
    createElement(SendingDaysPicker, {
      value: days,
      idPrefix: 'days',
      invalid: days.length === 0,
      describedBy: 'days-error',
      onChange: (next: number[]) => {
        onChange(next)
        setDays(next)
      }
    }),
    createElement('p', { id: 'days-error' }, 'Choose at least one sending day.')
  )
}

describe('SendingDaysPicker', () => {
  const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement

  it('has seven checkboxes named Monday … Sunday, showing short labels', () => {
    show(createElement(DaysHarness, { initial: [1, 3], onChange: vi.fn() }))
    const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).id)).toEqual(['days-1', 'days-2', 'days-3', 'days-4', 'days-5', 'days-6', 'days-7'])
    expect(names.map((n) => box(n).checked)).toEqual([true, false, true, false, false, false, false])
    expect(screen.getByText('Mon').getAttribute('aria-hidden')).toBe('true')
    expect(screen.getByRole('group', { name: 'Sending days' })).toBeTruthy()
  })

  it('toggles days in order without duplicates, and offers Weekdays / Every day', () => {
    const onChange = vi.fn()
    show(createElement(DaysHarness, { initial: [3], onChange }))
    fireEvent.click(box('Sunday'))
    expect(onChange).toHaveBeenLastCalledWith([3, 7])
    fireEvent.click(box('Monday'))
    expect(onChange).toHaveBeenLastCalledWith([1, 3, 7])
    fireEvent.click(box('Wednesday'))
    expect(onChange).toHaveBeenLastCalledWith([1, 7])
    fireEvent.click(screen.getByRole('button', { name: 'Weekdays' }))
    expect(onChange).toHaveBeenLastCalledWith([1, 2, 3, 4, 5])
    expect(box('Saturday').checked).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Every day' }))
    expect(onChange).toHaveBeenLastCalledWith([1, 2, 3, 4, 5, 6, 7])
  })

  it('marks the boxes invalid and described when no day is left', () => {
    show(createElement(DaysHarness, { initial: [2], onChange: vi.fn() }))
    expect(box('Tuesday').getAttribute('aria-invalid')).toBeNull()
    fireEvent.click(box('Tuesday'))
    expect(box('Tuesday').getAttribute('aria-invalid')).toBe('true')
    expect(box('Friday').getAttribute('aria-describedby')).toBe('days-error')
  })
})
