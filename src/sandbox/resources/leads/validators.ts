import { type Issue, type Validator, fail, pass, pydantic, str } from '../../validation'
import { framework } from '../../wording'
import { normalizeEmail } from './email'

// Pydantic v1 `EmailStr`: str coercion first, then the address check; yields the normalized address.
export function emailStr(): Validator<string> {
  const text = str()
  return (value, loc) => {
    const checked = text(value, loc)
    if (!checked.ok) return checked
    const email = normalizeEmail(checked.value)
    return email === null ? fail(loc, framework.notEmail, 'value_error.email') : pass(email)
  }
}

// Only objects that came out of JSON count as dicts (arrays do not).
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

// Pydantic v1 `Dict[str, str]`: a dict, each value coerced like `str` and reported at `[..., key]`.
export function strDict(): Validator<Record<string, string>> {
  const text = str()
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (!isPlainObject(value)) return pydantic.dict(loc)
    const out: Record<string, string> = {}
    const issues: Issue[] = []
    for (const [key, item] of Object.entries(value)) {
      const checked = text(item, [...loc, key])
      if (checked.ok) out[key] = checked.value
      else issues.push(...checked.issues)
    }
    return issues.length > 0 ? { ok: false, issues } : pass(out)
  }
}
