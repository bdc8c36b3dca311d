import { type Issue, type Validator, pass, pydantic } from './issue'

// `Optional[...]`: null is accepted as-is, anything else goes to the inner validator.
export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, loc) => (value === null ? pass(null) : inner(value, loc))
}

/**
 * `conlist(item, min_items, max_items)`: like Pydantic v1 the list type and its length are checked
 * first (stopping there on failure), then every item, with each item's issues at `[..., index]`.
 */
export function list<T>(item: Validator<T>, opts: { minItems?: number; maxItems?: number } = {}): Validator<T[]> {
  return (value, loc) => {
    if (value === null) return pydantic.none(loc)
    if (!Array.isArray(value)) return pydantic.list(loc)
    if (opts.minItems !== undefined && value.length < opts.minItems) return pydantic.minItems(loc, opts.minItems)
    if (opts.maxItems !== undefined && value.length > opts.maxItems) return pydantic.maxItems(loc, opts.maxItems)
    const out: T[] = []
    const issues: Issue[] = []
    value.forEach((element: unknown, index) => {
      const checked = item(element, [...loc, index])
      if (checked.ok) out.push(checked.value)
      else issues.push(...checked.issues)
    })
    return issues.length > 0 ? { ok: false, issues } : pass(out)
  }
}

/**
 * A Pydantic `@validator` on one field: runs only when the type checks passed, and a returned
 * message becomes a `value_error` at the field's own loc.
 */
export function refine<T>(inner: Validator<T>, check: (value: T) => string | null): Validator<T> {
  return (value, loc) => {
    const checked = inner(value, loc)
    if (!checked.ok) return checked
    const problem = check(checked.value)
    return problem === null ? checked : pydantic.valueError(loc, problem)
  }
}
