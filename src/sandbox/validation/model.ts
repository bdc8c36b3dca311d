import { type Check, type Issue, type Validator, pass, pydantic } from './issue'

/** One field of a model: its validator and, when optional, how to produce its default. */
export interface FieldDef<T> {
  validator: Validator<T>
  makeDefault?: () => T
}

/** An ordered set of fields; key order is the order Pydantic reports errors in. */
export type ModelShape = Record<string, FieldDef<unknown>>

/** The validated object a model yields. */
export type ModelValue<S extends ModelShape> = { [K in keyof S]: S[K] extends FieldDef<infer T> ? T : never }

// A field the client must send (`field required` when absent).
export function required<T>(validator: Validator<T>): FieldDef<T> {
  return { validator }
}

// A field with a default; each request gets its own copy so defaults are never shared or mutated.
export function optional<T>(validator: Validator<T>, fallback: T): FieldDef<T> {
  return { validator, makeDefault: () => structuredClone(fallback) }
}

function issuesOf(check: Check<unknown>): Issue[] {
  return check.ok ? [] : check.issues
}

// Only objects that came out of JSON (or literals) count as dicts; arrays, buffers and the like do not.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * A Pydantic v1 `BaseModel`: the input must be an object, every field is validated in declaration
 * order, all issues are collected, and unknown keys are ignored.
 */
export function model<S extends ModelShape>(shape: S): Validator<ModelValue<S>> {
  return (value, loc) => {
    if (!isPlainObject(value)) return pydantic.dict(loc)
    const out: Record<string, unknown> = {}
    const issues: Issue[] = []
    for (const [name, field] of Object.entries(shape)) {
      const fieldLoc = [...loc, name]
      if (!Object.hasOwn(value, name) || value[name] === undefined) {
        if (field.makeDefault) out[name] = field.makeDefault()
        else issues.push(...issuesOf(pydantic.missing(fieldLoc)))
        continue
      }
      const checked = field.validator(value[name], fieldLoc)
      if (checked.ok) out[name] = checked.value
      else issues.push(...checked.issues)
    }
    return issues.length > 0 ? { ok: false, issues } : pass(out as ModelValue<S>)
  }
}
