import { framework } from '../wording'
import { type Check, type Loc, type Validator, pass, pydantic } from './issue'
import { isoSeconds } from '../clock'

// Pydantic v1's datetime pattern: date, `T` or space, time with optional seconds, fraction and offset.
const DATETIME_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6})\d{0,6})?)?(Z|[+-]\d{2}(?::?\d{2})?)?\n?$/
const NUMERIC_RE = /^\s*[+-]?(?:\d+(?:_\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/
const MS_WATERSHED = 2e10

// Unix seconds (or milliseconds, when huge) → a Date, the way Pydantic v1's from_unix_seconds reads numbers.
function fromUnix(seconds: number): Date {
  let s = seconds
  while (Math.abs(s) > MS_WATERSHED) s /= 1000
  return new Date(s * 1000)
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31)
}

// Python's datetime() range checks, in its order and with its messages (raised as plain ValueErrors).
function rangeError(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (y < 1) return `year ${y} is out of range`
  if (mo < 1 || mo > 12) return 'month must be in 1..12'
  if (d < 1 || d > daysInMonth(y, mo)) return 'day is out of range for month'
  if (h > 23) return 'hour must be in 0..23'
  if (mi > 59) return 'minute must be in 0..59'
  if (s > 59) return 'second must be in 0..59'
  return null
}

// Offset in minutes from `Z`, `+05`, `+0530` or `+05:30`; naive values are read as UTC.
function offsetMinutes(tz: string | undefined): number {
  if (tz === undefined || tz === 'Z') return 0
  const minutes = tz.length > 3 ? Number(tz.slice(-2)) : 0
  const total = 60 * Number(tz.slice(1, 3)) + minutes
  return tz.startsWith('-') ? -total : total
}

function parseText(text: string, loc: Loc): Check<Date> {
  const m = DATETIME_RE.exec(text)
  if (m === null) return pydantic.datetime(loc)
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number]
  const s = Number(m[6] ?? 0)
  const problem = rangeError(y, mo, d, h, mi, s)
  if (problem !== null) return pydantic.valueError(loc, problem)
  const offset = offsetMinutes(m[8])
  if (Math.abs(offset) >= 24 * 60) {
    return pydantic.valueError(loc, 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
  }
  const ms = Number((m[7] ?? '').padEnd(6, '0')) / 1000
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, Math.floor(ms))
  return pass(new Date(date.getTime() - offset * 60_000))
}

// A `datetime` field as Pydantic v1 parses it; yields the instant as `YYYY-MM-DDTHH:MM:SSZ`.
export function datetime(): Validator<string> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    let parsed: Check<Date>
    if (typeof value === 'number' || typeof value === 'boolean') parsed = pass(fromUnix(Number(value)))
    else if (typeof value === 'string' && NUMERIC_RE.test(value)) parsed = pass(fromUnix(Number(value.replace(/[\s_]/g, ''))))
    else if (typeof value === 'string') parsed = parseText(value, loc)
    else return pydantic.typeError(loc, framework.datetimeWrongType)
    if (!parsed.ok) return parsed
    if (Number.isNaN(parsed.value.getTime())) return pydantic.datetime(loc)
    return pass(isoSeconds(parsed.value))
  }
}
