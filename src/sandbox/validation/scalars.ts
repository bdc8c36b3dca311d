import { type Check, type Loc, type Validator, pass, pydantic } from './issue'

/** Bounds for an integer field, named like Pydantic's `conint`. */
export interface IntBounds {
  gt?: number
  ge?: number
  lt?: number
  le?: number
}

// Python's `str(number)` for values JSON can carry: ints print bare, bools as True/False.
function pythonStr(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return String(value)
}

// A `constr(min_length, max_length)` field: accepts strings, and numbers coerced to text like Pydantic v1.
export function str(opts: { minLength?: number; maxLength?: number } = {}): Validator<string> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    let text: string
    if (typeof value === 'string') text = value
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') text = pythonStr(value)
    else return pydantic.str(loc)
    const length = [...text].length
    if (opts.minLength !== undefined && length < opts.minLength) return pydantic.minLength(loc, opts.minLength)
    if (opts.maxLength !== undefined && length > opts.maxLength) return pydantic.maxLength(loc, opts.maxLength)
    return pass(text)
  }
}

const PY_INT_TEXT = /^\s*[+-]?\d+(?:_\d+)*\s*$/
const PY_MAX_STR_INT = 4300

// Python's int(v) as Pydantic v1 calls it: bools are 0/1, floats truncate, strings may carry spaces/underscores.
function toInt(value: unknown): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) + 0 : null
  if (typeof value === 'string' && value.length <= PY_MAX_STR_INT && PY_INT_TEXT.test(value)) {
    return Number(value.replace(/[\s_]/g, ''))
  }
  return null
}

// Applies conint bounds in Pydantic's order (gt/ge first, then lt/le), one error per value.
function checkBounds(n: number, b: IntBounds, loc: Loc): Check<number> {
  if (b.gt !== undefined && !(n > b.gt)) return pydantic.notGt(loc, b.gt)
  if (b.ge !== undefined && !(n >= b.ge)) return pydantic.notGe(loc, b.ge)
  if (b.lt !== undefined && !(n < b.lt)) return pydantic.notLt(loc, b.lt)
  if (b.le !== undefined && !(n <= b.le)) return pydantic.notLe(loc, b.le)
  return pass(n)
}

// A `conint(...)` field with Pydantic v1 coercion ("12" → 12, 5.5 → 5, true → 1).
export function int(bounds: IntBounds = {}): Validator<number> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    const n = toInt(value)
    if (n === null) return pydantic.integer(loc)
    return checkBounds(n, bounds, loc)
  }
}

const BOOL_TRUE = new Set(['1', 'on', 't', 'true', 'y', 'yes'])
const BOOL_FALSE = new Set(['0', 'off', 'f', 'false', 'n', 'no'])

// A `bool` field: Pydantic v1 also takes 0/1 and words like "yes"/"off" (case-insensitive).
export function bool(): Validator<boolean> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (typeof value === 'boolean') return pass(value)
    if (value === 1 || value === 0) return pass(value === 1)
    if (typeof value === 'string') {
      const lower = value.toLowerCase()
      if (BOOL_TRUE.has(lower)) return pass(true)
      if (BOOL_FALSE.has(lower)) return pass(false)
    }
    return pydantic.bool(loc)
  }
}

// Python's UUID(text) normalisation: drops urn:/uuid: and braces, ignores hyphens, any hex case.
export function canonicalUuid(text: string): string | null {
  const hex = text.split('urn:').join('').split('uuid:').join('').replace(/^[{}]+|[{}]+$/g, '').split('-').join('')
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) return null
  const h = hex.toLowerCase()
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

// A `UUID` field or path parameter; yields the canonical lower-case hyphenated form.
export function uuid(): Validator<string> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    const canonical = typeof value === 'string' ? canonicalUuid(value) : null
    return canonical === null ? pydantic.uuid(loc) : pass(canonical)
  }
}
