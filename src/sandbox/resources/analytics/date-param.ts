import { type Validator, fail, pass, pydantic } from '../../validation'
import { framework } from '../../wording'
import { type DayNumber, dayFromParts, dayOf } from './calendar'

// Pydantic v1's date pattern (`re.match`, so anchored at the start; `$` also allows one trailing newline).
const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})\n?$/
// What Python's float() accepts as a plain number (v1 reads numeric dates as unix seconds).
const NUMERIC_RE = /^\s*[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?\s*$/
const MS_WATERSHED = 2e10

// Unix seconds (or milliseconds, when huge) → the UTC day, like v1's from_unix_seconds(...).date().
function dayFromUnix(seconds: number): DayNumber {
  let s = seconds
  while (Math.abs(s) > MS_WATERSHED) s /= 1000
  return dayOf(new Date(s * 1000))
}

/**
 * A `date` field as Pydantic v1 parses it (`YYYY-MM-DD`, or unix seconds); every failure, including a
 * date that does not exist, is `invalid date format` / `value_error.date`. Yields the UTC day number.
 */
export function date(): Validator<DayNumber> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (typeof value === 'number' && Number.isFinite(value)) return pass(dayFromUnix(value))
    if (typeof value !== 'string') return fail(loc, framework.badDate, 'value_error.date')
    if (NUMERIC_RE.test(value)) return pass(dayFromUnix(Number(value.replace(/[\s_]/g, ''))))
    const m = DATE_RE.exec(value)
    const day = m === null ? null : dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]))
    return day === null ? fail(loc, framework.badDate, 'value_error.date') : pass(day)
  }
}
