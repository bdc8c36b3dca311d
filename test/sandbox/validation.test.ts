import { describe, expect, it } from 'vitest'
import { bool, datetime, int, list, model, nullable, optional, required, str, uuid } from '../../src/sandbox/validation'
import { pythonJsonError } from '../../src/sandbox/http/python-json-error'

const at = ['body', 'f']
const value = <T>(check: { ok: boolean; value?: T }) => (check.ok ? check.value : 'FAILED')
const types = (check: { ok: boolean; issues?: Array<{ type: string }> }) => (check.ok ? [] : check.issues!.map((i) => i.type))

describe('Pydantic v1 coercion rules', () => {
  it('int: bools, numeric strings and floats coerce; the rest is type_error.integer', () => {
    const v = int()
    expect([true, false, ' 12 ', '+7', '1_000', 5.9, -5.9].map((x) => value(v(x, at)))).toEqual([1, 0, 12, 7, 1000, 5, -5])
    for (const bad of ['12.5', 'abc', '', [], {}, Infinity]) expect(types(v(bad, at)), String(bad)).toEqual(['type_error.integer'])
    expect(types(v(null, at))).toEqual(['type_error.none.not_allowed'])
  })

  it('int bounds: gt/ge are checked before lt/le, one error per value', () => {
    expect(int({ gt: 0, lt: 10 })(0, at)).toEqual({
      ok: false,
      issues: [{ loc: at, msg: 'ensure this value is greater than 0', type: 'value_error.number.not_gt', ctx: { limit_value: 0 } }]
    })
    expect(types(int({ lt: 10 })(10, at))).toEqual(['value_error.number.not_lt'])
  })

  it('str: numbers become text (bools as Python prints them), lengths count code points', () => {
    expect(value(str()(42, at))).toBe('42')
    expect(value(str()(true, at))).toBe('True')
    expect(value(str({ minLength: 2, maxLength: 2 })('😀😀', at))).toBe('😀😀')
    expect(types(str()({}, at))).toEqual(['type_error.str'])
  })

  it('bool: words and 0/1 parse, anything else is type_error.bool', () => {
    const v = bool()
    expect(['YES', 'off', 't', 'N', 1, 0, '1'].map((x) => value(v(x, at)))).toEqual([true, false, true, false, true, false, true])
    for (const bad of [2, 'maybe', ' true', []]) expect(types(v(bad, at))).toEqual(['type_error.bool'])
  })

  it('uuid: any spelling Python accepts, canonicalised; otherwise type_error.uuid', () => {
    const id = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
    for (const spelled of [id.toUpperCase(), id.replace(/-/g, ''), `{${id}}`, `urn:uuid:${id}`]) expect(value(uuid()(spelled, at))).toBe(id)
    for (const bad of ['3c90c3cc', 42, `${id}0`]) expect(types(uuid()(bad, at))).toEqual(['type_error.uuid'])
  })

  it('datetime: ISO text with offsets, unix seconds and milliseconds; Python range messages', () => {
    const v = datetime()
    expect(value(v('2024-01-15T10:30:00Z', at))).toBe('2024-01-15T10:30:00Z')
    expect(value(v('2024-01-15 10:30', at))).toBe('2024-01-15T10:30:00Z')
    expect(value(v('2024-01-15T10:30:00.123456-05:00', at))).toBe('2024-01-15T15:30:00Z')
    expect(value(v(1705314600, at))).toBe('2024-01-15T10:30:00Z')
    expect(value(v(1705314600000, at))).toBe('2024-01-15T10:30:00Z')
    expect(value(v('1705314600', at))).toBe('2024-01-15T10:30:00Z')
    expect(types(v('2024-01-15', at))).toEqual(['value_error.datetime'])
    expect(v('2023-02-29T00:00:00', at)).toEqual({ ok: false, issues: [{ loc: at, msg: 'day is out of range for month', type: 'value_error' }] })
    expect(value(v('2024-02-29T00:00:00', at))).toBe('2024-02-29T00:00:00Z')
    expect(types(v(['x'], at))).toEqual(['type_error'])
  })

  it('list: type and length first (stopping there), then every item at its index', () => {
    const v = list(int({ le: 7 }), { minItems: 1, maxItems: 3 })
    expect(types(v([1, 2, 3, 4], at))).toEqual(['value_error.list.max_items'])
    expect(types(v({ 0: 1 }, at))).toEqual(['type_error.list'])
    const items = v([9, 'x'], at)
    expect(items.ok ? [] : items.issues.map((i) => i.loc)).toEqual([
      ['body', 'f', 0],
      ['body', 'f', 1]
    ])
  })

  it('model: required vs defaulted fields, nullable fields, unknown keys ignored, defaults never shared', () => {
    const m = model({ a: required(str()), b: optional(nullable(int()), null), c: optional(list(int()), [1]) })
    const first = m({ a: 'x', extra: true }, ['body'])
    expect(first).toEqual({ ok: true, value: { a: 'x', b: null, c: [1] } })
    if (first.ok) first.value.c.push(2)
    expect(value(m({ a: 'y', b: null }, ['body']))).toEqual({ a: 'y', b: null, c: [1] })
    expect(types(m(Buffer.from('{}'), ['body']))).toEqual(['type_error.dict'])
    expect(types(m({}, ['body']))).toEqual(['value_error.missing'])
  })
})

describe('Python json.JSONDecodeError approximation', () => {
  const decode = (text: string) => {
    try {
      JSON.parse(text)
      throw new Error('parsed')
    } catch (err) {
      return pythonJsonError(text, (err as Error).message)
    }
  }
  it('names the first offending character like Python for the common cases', () => {
    expect(decode('not json')).toEqual({ msg: 'Expecting value', pos: 0, lineno: 1, colno: 1 })
    expect(decode('  \n  x')).toEqual({ msg: 'Expecting value', pos: 5, lineno: 2, colno: 3 })
    expect(decode('{"a": 1')).toMatchObject({ pos: 7 })
    expect(decode('{} x')).toMatchObject({ msg: 'Extra data', pos: 3 })
    expect(decode('{x')).toMatchObject({ msg: 'Expecting property name enclosed in double quotes', pos: 1 })
    expect(decode('{\n  "name": "abc",\n}')).toEqual({ msg: 'Expecting property name enclosed in double quotes', pos: 19, lineno: 3, colno: 1 })
  })
})
