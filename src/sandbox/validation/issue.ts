import { framework } from '../wording'

/** Where a value sits in the request: `["body","name"]`, `["query","limit"]`, `["body","sending_days",0]`. */
export type Loc = ReadonlyArray<string | number>

/** One validation error, shaped exactly like a FastAPI + Pydantic v1 `detail` item. */
export interface Issue {
  loc: Array<string | number>
  msg: string
  type: string
  ctx?: Record<string, unknown>
}

/** The outcome of validating one value: the coerced value, or every issue found. */
export type Check<T> = { ok: true; value: T } | { ok: false; issues: Issue[] }

/** A validator coerces and checks one value the way Pydantic v1 would, reporting issues at `loc`. */
export type Validator<T> = (value: unknown, loc: Loc) => Check<T>

// A successful check; keeps validators short.
export function pass<T>(value: T): Check<T> {
  return { ok: true, value }
}

// A failed check with one issue; ctx is omitted when Pydantic v1 would not emit it.
export function fail<T = never>(loc: Loc, msg: string, type: string, ctx?: Record<string, unknown>): Check<T> {
  const issue: Issue = { loc: [...loc], msg, type }
  if (ctx !== undefined) issue.ctx = ctx
  return { ok: false, issues: [issue] }
}

// The Pydantic v1 errors every validator shares, so wording and `type` never drift apart.
export const pydantic = {
  missing: (loc: Loc) => fail(loc, framework.fieldRequired, 'value_error.missing'),
  none: (loc: Loc) => fail(loc, framework.noneNotAllowed, 'type_error.none.not_allowed'),
  str: (loc: Loc) => fail(loc, framework.strType, 'type_error.str'),
  integer: (loc: Loc) => fail(loc, framework.notInteger, 'type_error.integer'),
  bool: (loc: Loc) => fail(loc, framework.notBool, 'type_error.bool'),
  list: (loc: Loc) => fail(loc, framework.notList, 'type_error.list'),
  dict: (loc: Loc) => fail(loc, framework.notDict, 'type_error.dict'),
  uuid: (loc: Loc) => fail(loc, framework.notUuid, 'type_error.uuid'),
  datetime: (loc: Loc) => fail(loc, framework.badDatetime, 'value_error.datetime'),
  minLength: (loc: Loc, n: number) =>
    fail(loc, framework.minLength(n), 'value_error.any_str.min_length', { limit_value: n }),
  maxLength: (loc: Loc, n: number) =>
    fail(loc, framework.maxLength(n), 'value_error.any_str.max_length', { limit_value: n }),
  minItems: (loc: Loc, n: number) => fail(loc, framework.minItems(n), 'value_error.list.min_items', { limit_value: n }),
  maxItems: (loc: Loc, n: number) => fail(loc, framework.maxItems(n), 'value_error.list.max_items', { limit_value: n }),
  notGt: (loc: Loc, n: number) => fail(loc, framework.notGt(n), 'value_error.number.not_gt', { limit_value: n }),
  notGe: (loc: Loc, n: number) => fail(loc, framework.notGe(n), 'value_error.number.not_ge', { limit_value: n }),
  notLt: (loc: Loc, n: number) => fail(loc, framework.notLt(n), 'value_error.number.not_lt', { limit_value: n }),
  notLe: (loc: Loc, n: number) => fail(loc, framework.notLe(n), 'value_error.number.not_le', { limit_value: n }),
  /** A plain `ValueError` raised in a custom validator: Pydantic v1 reports type `value_error`. */
  valueError: (loc: Loc, msg: string) => fail(loc, msg, 'value_error'),
  /** A plain `TypeError` raised in a validator: type `type_error`. */
  typeError: (loc: Loc, msg: string) => fail(loc, msg, 'type_error')
} as const
