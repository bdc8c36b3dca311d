// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { instantOfWallClock, nextSendingWindows, scheduleProblems, type SendingSchedule } from '../../src/renderer/src/screens/campaign/schedule/send-windows'
import { formatOffset, offsetMinutesAt, wallClockAt } from '../../src/renderer/src/screens/campaign/schedule/zone-clock'
import { parseStartDate } from '../../src/renderer/src/screens/campaign/schedule/start-date'

const at = (zone: string, y: number, mo: number, d: number, h: number, mi = 0) => instantOfWallClock(zone, { year: y, month: mo, day: d, hour: h, minute: mi }).toISOString()
const iso = (s: string) => new Date(s).toISOString()
const weekday = (zone: string, date: Date) => new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long' }).format(date)

describe('wall-clock time in a zone → instant', () => {
  it('reads New York times with the winter and summer offsets', () => {
    expect(at('America/New_York', 2026, 1, 15, 9)).toBe(iso('2026-01-15T14:00:00Z'))
    expect(at('America/New_York', 2026, 7, 15, 9)).toBe(iso('2026-07-15T13:00:00Z'))
  })

  it('moves a New York time in the spring gap forward by the jump (02:30 → 03:30 EDT)', () => {
    expect(at('America/New_York', 2026, 3, 8, 2, 30)).toBe(iso('2026-03-08T07:30:00Z'))
    expect(wallClockAt('America/New_York', new Date('2026-03-08T07:30:00Z'))).toMatchObject({ hour: 3, minute: 30 })
    // Either side of the gap is exact.
    expect(at('America/New_York', 2026, 3, 8, 1, 59)).toBe(iso('2026-03-08T06:59:00Z'))
    expect(at('America/New_York', 2026, 3, 8, 3, 0)).toBe(iso('2026-03-08T07:00:00Z'))
  })

  it('takes the first of the repeated autumn hour in New York (01:30 EDT, not EST)', () => {
    expect(at('America/New_York', 2026, 11, 1, 1, 30)).toBe(iso('2026-11-01T05:30:00Z'))
    expect(at('America/New_York', 2026, 11, 1, 2, 0)).toBe(iso('2026-11-01T07:00:00Z'))
  })

  it('handles London: gap 01:00–02:00 on 29 March, repeated 01:00–02:00 on 25 October', () => {
    expect(at('Europe/London', 2026, 3, 29, 0, 30)).toBe(iso('2026-03-29T00:30:00Z'))
    expect(at('Europe/London', 2026, 3, 29, 1, 30)).toBe(iso('2026-03-29T01:30:00Z'))
    expect(wallClockAt('Europe/London', new Date('2026-03-29T01:30:00Z'))).toMatchObject({ hour: 2, minute: 30 })
    expect(at('Europe/London', 2026, 3, 29, 9)).toBe(iso('2026-03-29T08:00:00Z'))
    expect(at('Europe/London', 2026, 10, 25, 1, 30)).toBe(iso('2026-10-25T00:30:00Z'))
    expect(at('Europe/London', 2026, 10, 25, 9)).toBe(iso('2026-10-25T09:00:00Z'))
  })

  it('handles half-hour zones: Kolkata +05:30 and Lord Howe +10:30 / +11 (a 30-minute DST shift)', () => {
    expect(at('Asia/Kolkata', 2026, 6, 1, 9)).toBe(iso('2026-06-01T03:30:00Z'))
    expect(at('Australia/Lord_Howe', 2026, 1, 15, 9)).toBe(iso('2026-01-14T22:00:00Z'))
    expect(at('Australia/Lord_Howe', 2026, 7, 15, 9)).toBe(iso('2026-07-14T22:30:00Z'))
    // Spring gap 02:00 → 02:30 on 4 October 2026: 02:15 does not exist and becomes 02:45.
    expect(at('Australia/Lord_Howe', 2026, 10, 4, 2, 15)).toBe(iso('2026-10-03T15:45:00Z'))
    expect(wallClockAt('Australia/Lord_Howe', new Date('2026-10-03T15:45:00Z'))).toMatchObject({ hour: 2, minute: 45 })
    // Autumn overlap 01:30–02:00 on 5 April 2026: the first 01:45 is still at +11.
    expect(at('Australia/Lord_Howe', 2026, 4, 5, 1, 45)).toBe(iso('2026-04-04T14:45:00Z'))
  })

  it('reports offsets and labels them with a real minus sign', () => {
    expect(offsetMinutesAt('America/New_York', new Date('2026-01-01T12:00:00Z'))).toBe(-300)
    expect(offsetMinutesAt('America/New_York', new Date('2026-07-01T12:00:00Z'))).toBe(-240)
    expect(offsetMinutesAt('Asia/Kolkata', new Date('2026-07-01T12:00:00Z'))).toBe(330)
    expect(offsetMinutesAt('Australia/Lord_Howe', new Date('2026-07-01T12:00:00Z'))).toBe(630)
    expect(offsetMinutesAt('Australia/Lord_Howe', new Date('2026-01-01T12:00:00Z'))).toBe(660)
    expect(formatOffset(-300)).toBe('UTC−05:00')
    expect(formatOffset(330)).toBe('UTC+05:30')
    expect(formatOffset(0)).toBe('UTC+00:00')
    expect(formatOffset(-570)).toBe('UTC−09:30')
  })
})

describe('start_date', () => {
  it('reads a date-time without offset in the campaign zone, with an offset as absolute', () => {
    expect(parseStartDate('2026-12-10T09:00', 'America/New_York')?.toISOString()).toBe(iso('2026-12-10T14:00:00Z'))
    expect(parseStartDate('2026-12-10T09:00:00.000Z', 'America/New_York')?.toISOString()).toBe(iso('2026-12-10T09:00:00Z'))
    expect(parseStartDate('2026-12-10T09:00:00+05:30', 'America/New_York')?.toISOString()).toBe(iso('2026-12-10T03:30:00Z'))
    expect(parseStartDate('2026-12-10', 'Asia/Kolkata')?.toISOString()).toBe(iso('2026-12-09T18:30:00Z'))
    expect(parseStartDate('2026-02-31T09:00', 'UTC')).toBeNull()
    expect(parseStartDate('next tuesday', 'UTC')).toBeNull()
  })
})

const weekdays: SendingSchedule = { timezone: 'America/New_York', sending_days: [1, 2, 3, 4, 5], sending_window_start: 9, sending_window_start_minute: 0, sending_window_end: 17, sending_window_end_minute: 0, start_date: null }
const span = (w: { start: Date; end: Date }) => `${w.start.toISOString()}–${w.end.toISOString()}`

describe('next sending windows', () => {
  it('lists the next five weekday windows, skipping the weekend (Wed 2 Dec 2026, 07:00 New York)', () => {
    const windows = nextSendingWindows(weekdays, new Date('2026-12-02T12:00:00Z'))
    expect(windows.map(span)).toEqual([
      '2026-12-02T14:00:00.000Z–2026-12-02T22:00:00.000Z',
      '2026-12-03T14:00:00.000Z–2026-12-03T22:00:00.000Z',
      '2026-12-04T14:00:00.000Z–2026-12-04T22:00:00.000Z',
      '2026-12-07T14:00:00.000Z–2026-12-07T22:00:00.000Z',
      '2026-12-08T14:00:00.000Z–2026-12-08T22:00:00.000Z'
    ])
    expect(windows.map((w) => weekday('America/New_York', w.start))).toEqual(['Wednesday', 'Thursday', 'Friday', 'Monday', 'Tuesday'])
    expect(windows.some((w) => w.inProgress)).toBe(false)
  })

  it('includes a window that is open now with its real start, marked in progress', () => {
    const windows = nextSendingWindows(weekdays, new Date('2026-12-02T15:00:00Z'), 2)
    expect(windows[0]).toMatchObject({ start: new Date('2026-12-02T14:00:00Z'), end: new Date('2026-12-02T22:00:00Z'), inProgress: true })
    expect(windows[1]?.inProgress).toBe(false)
  })

  it('moves on to the next day once today’s window has closed (and at exactly its end)', () => {
    expect(nextSendingWindows(weekdays, new Date('2026-12-02T22:00:00Z'), 1)[0]?.start.toISOString()).toBe(iso('2026-12-03T14:00:00Z'))
    // Friday evening → Monday.
    expect(nextSendingWindows(weekdays, new Date('2026-12-04T23:00:00Z'), 1)[0]?.start.toISOString()).toBe(iso('2026-12-07T14:00:00Z'))
  })

  it('numbers days 1 = Monday … 7 = Sunday in the campaign zone, not the machine zone', () => {
    const sundays = nextSendingWindows({ ...weekdays, timezone: 'Asia/Kolkata', sending_days: [7] }, new Date('2026-12-02T00:00:00Z'), 3)
    expect(sundays.map((w) => weekday('Asia/Kolkata', w.start))).toEqual(['Sunday', 'Sunday', 'Sunday'])
    expect(sundays[0]?.start.toISOString()).toBe(iso('2026-12-06T03:30:00Z'))
    const mondays = nextSendingWindows({ ...weekdays, timezone: 'Pacific/Kiritimati', sending_days: [1] }, new Date('2026-12-06T12:00:00Z'), 1)
    // 12:00Z Sunday is already 02:00 Monday in Kiritimati (+14).
    expect(weekday('Pacific/Kiritimati', mondays[0]!.start)).toBe('Monday')
    expect(mondays[0]?.start.toISOString()).toBe(iso('2026-12-06T19:00:00Z'))
  })

  it('keeps 09:00–17:00 on the wall clock across the New York spring change', () => {
    const windows = nextSendingWindows({ ...weekdays, sending_days: [1, 2, 3, 4, 5, 6, 7] }, new Date('2026-03-07T00:00:00Z'), 3)
    expect(windows.map(span)).toEqual([
      '2026-03-07T14:00:00.000Z–2026-03-07T22:00:00.000Z',
      '2026-03-08T13:00:00.000Z–2026-03-08T21:00:00.000Z',
      '2026-03-09T13:00:00.000Z–2026-03-09T21:00:00.000Z'
    ])
  })

  it('gives a window across the jump its real (shorter / longer) length', () => {
    const night = { ...weekdays, sending_days: [7], sending_window_start: 1, sending_window_end: 3 }
    const spring = nextSendingWindows(night, new Date('2026-03-07T12:00:00Z'), 1)[0]!
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(1)
    const autumn = nextSendingWindows(night, new Date('2026-10-31T12:00:00Z'), 1)[0]!
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(3)
  })

  it('ends a 24:00 window at midnight starting the next day, DST change included (London)', () => {
    const late = { ...weekdays, timezone: 'Europe/London', sending_days: [6], sending_window_start: 22, sending_window_end: 24 }
    const [w] = nextSendingWindows(late, new Date('2026-10-20T00:00:00Z'), 1)
    // Midnight starting Sunday 25 October is still British Summer Time (the change is at 02:00).
    expect(span(w!)).toBe('2026-10-24T21:00:00.000Z–2026-10-24T23:00:00.000Z')
    const [winter] = nextSendingWindows(late, new Date('2026-10-26T00:00:00Z'), 1)
    expect(span(winter!)).toBe('2026-10-31T22:00:00.000Z–2026-11-01T00:00:00.000Z')
  })

  it('follows Lord Howe’s 30-minute change', () => {
    const every = { ...weekdays, timezone: 'Australia/Lord_Howe', sending_days: [1, 2, 3, 4, 5, 6, 7] }
    const windows = nextSendingWindows(every, new Date('2026-10-02T12:00:00Z'), 2)
    expect(windows.map((w) => w.start.toISOString())).toEqual([iso('2026-10-02T22:30:00Z'), iso('2026-10-03T22:00:00Z')])
  })

  it('starts at a future start_date (campaign zone) and ignores a past one', () => {
    const later = nextSendingWindows({ ...weekdays, start_date: '2026-12-10T12:00:00' }, new Date('2026-12-02T12:00:00Z'), 2)
    expect(later[0]).toMatchObject({ start: new Date('2026-12-10T14:00:00Z'), inProgress: true })
    expect(later[1]?.start.toISOString()).toBe(iso('2026-12-11T14:00:00Z'))
    const past = nextSendingWindows({ ...weekdays, start_date: '2020-01-01T00:00:00Z' }, new Date('2026-12-02T12:00:00Z'), 1)
    expect(past[0]?.start.toISOString()).toBe(iso('2026-12-02T14:00:00Z'))
  })

  it('has no windows for a broken schedule', () => {
    const now = new Date('2026-12-02T12:00:00Z')
    expect(nextSendingWindows({ ...weekdays, sending_days: [] }, now)).toEqual([])
    expect(nextSendingWindows({ ...weekdays, sending_window_end: 9 }, now)).toEqual([])
    expect(nextSendingWindows({ ...weekdays, sending_window_end: 8, sending_window_end_minute: 59 }, now)).toEqual([])
    expect(nextSendingWindows({ ...weekdays, timezone: 'Mars/Olympus' }, now)).toEqual([])
    expect(nextSendingWindows(weekdays, now, 0)).toEqual([])
  })

  it('uses the documented defaults for absent fields (New York, Mon–Fri, 09:00–17:00)', () => {
    expect(nextSendingWindows({}, new Date('2026-12-05T12:00:00Z'), 1).map(span)).toEqual(['2026-12-07T14:00:00.000Z–2026-12-07T22:00:00.000Z'])
  })
})

describe('schedule problems', () => {
  const paths = (s: SendingSchedule) => scheduleProblems(s).map((p) => p.path)

  it('accepts the defaults and a full-day window 00:00–24:00', () => {
    expect(scheduleProblems({})).toEqual([])
    expect(scheduleProblems({ ...weekdays, sending_window_start: 0, sending_window_end: 24 })).toEqual([])
  })

  it('names the field to fix, by wire name', () => {
    expect(paths({ timezone: 'Mars/Olympus' })).toEqual(['timezone'])
    expect(paths({ sending_days: [] })).toEqual(['sending_days'])
    expect(paths({ sending_days: [0, 1] })).toEqual(['sending_days'])
    expect(paths({ sending_days: [1, 8] })).toEqual(['sending_days'])
    expect(paths({ sending_days: [1, 2, 3, 4, 5, 6, 7, 1] })).toEqual(['sending_days'])
    expect(paths({ sending_window_start: 24, sending_window_end: 24 })).toEqual(['sending_window_start'])
    expect(paths({ sending_window_start_minute: 60 })).toEqual(['sending_window_start_minute'])
    expect(paths({ sending_window_end: 0 })).toEqual(['sending_window_end'])
    expect(paths({ sending_window_end: 25 })).toEqual(['sending_window_end'])
    expect(paths({ sending_window_start: 9.5 })).toEqual(['sending_window_start'])
    expect(paths({ start_date: 'soon' })).toEqual(['start_date'])
  })

  it('requires minute 0 at hour 24 and an end after the start', () => {
    expect(scheduleProblems({ sending_window_end: 24, sending_window_end_minute: 30 })).toEqual([
      { path: 'sending_window_end_minute', msg: expect.stringMatching(/24:00/) }
    ])
    expect(scheduleProblems({ sending_window_start: 9, sending_window_start_minute: 30, sending_window_end: 9, sending_window_end_minute: 30 })).toEqual([
      { path: 'sending_window_end', msg: 'The window must end after it starts (09:30).' }
    ])
    expect(scheduleProblems({ sending_window_start: 9, sending_window_start_minute: 30, sending_window_end: 9, sending_window_end_minute: 31 })).toEqual([])
  })
})
