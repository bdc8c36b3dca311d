import { type Issue, type Validator, fail, pass, pydantic, str } from '../../validation'
import { framework, invented } from '../../wording'

/** The variant names the docs allow (A–D, at most four variants per email). */
export const VARIANT_NAMES = ['A', 'B', 'C', 'D'] as const

// A Pydantic v1 `Enum` field: the exact value or `type_error.enum` listing what is permitted.
export function enumeration<T extends string>(values: readonly T[]): Validator<T> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return pass(value as T)
    return fail(loc, framework.notEnum(values), 'type_error.enum', { enum_values: [...values] })
  }
}

// A `Dict[str, str]` field (lead_mapping): an object whose values are coerced to text, issues at `[..., key]`.
export function strMap(): Validator<Record<string, string>> {
  const text = str()
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value)) return pydantic.dict(loc)
    const out: Record<string, string> = {}
    const issues: Issue[] = []
    for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
      const checked = text(raw, [...loc, key])
      if (checked.ok) out[key] = checked.value
      else issues.push(...checked.issues)
    }
    return issues.length > 0 ? { ok: false, issues } : pass(out)
  }
}

// `variant_name` with its @validator: letters only, upper-cased, one of A–D (422 `value_error` otherwise).
export function variantName(): Validator<string> {
  const text = str()
  return (value, loc) => {
    const checked = text(value, loc)
    if (!checked.ok) return checked
    if (!/^[A-Za-z]+$/.test(checked.value)) return pydantic.valueError(loc, invented.variantNameLetters)
    const upper = checked.value.toUpperCase()
    return (VARIANT_NAMES as readonly string[]).includes(upper) ? pass(upper) : pydantic.valueError(loc, invented.variantNameRange)
  }
}
