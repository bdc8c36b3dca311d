import { describe, expect, it } from 'vitest'
import { CallOptionsSchema, parseCallOptions } from '../../src/shared/contract/call-options'
import { copyCallOptions, REFUSED_CALL_OPTIONS } from '../../src/shared/contract/copy-call-options'
import { buildOperationMethods } from '../../src/shared/contract/facade'
import { OPERATION_NAMES } from '../../src/shared/contract/names'
import { junkValue, seededRandom } from '../support/bridge/fuzz-messages'

const VALID: Array<[unknown, object]> = [
  [{}, {}],
  [{ priority: 'background' }, { priority: 'background' }],
  [{ priority: undefined }, {}],
  [Object.assign(Object.create(null) as object, { priority: 'background' }), { priority: 'background' }]
]

class Options {
  priority = 'background'
}

const INVALID: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'background'],
  ['a number', 1],
  ['an array', [{ priority: 'background' }]],
  ['another priority', { priority: 'interactive' }],
  ['bulk', { priority: 'bulk' }],
  ['a differently cased value', { priority: 'Background' }],
  ['a null priority', { priority: null }],
  ['an extra key', { priority: 'background', url: 'http://127.0.0.1:1/' }],
  ['only an unknown key', { headers: { 'X-API-Key': 'x' } }],
  ['a prototype key from JSON', JSON.parse('{"__proto__":{"priority":"background"}}') as unknown],
  ['a symbol key', { priority: 'background', [Symbol('x')]: 1 }],
  ['a class instance', new Options()],
  ['a Map', new Map([['priority', 'background']])],
  ['a Date', new Date()],
  ['a getter', Object.defineProperty({}, 'priority', { get: () => 'background', enumerable: true })]
]

describe('call options', () => {
  it.each(VALID)('accepts %j on both sides, as a fresh object holding only what the contract allows', (value, expected) => {
    const parsed = parseCallOptions(value)
    expect(parsed).toEqual({ ok: true, options: expected })
    if (parsed.ok) expect(parsed.options).not.toBe(value)
    const copy = copyCallOptions(value)
    expect(copy).toEqual(expected)
    expect(copy).not.toBe(value)
  })

  it('reads absent options as none given', () => {
    expect(parseCallOptions(undefined)).toEqual({ ok: true, options: undefined })
    expect(copyCallOptions(undefined)).toBeUndefined()
  })

  it.each(INVALID)('refuses %s on both sides', (_name, value) => {
    expect(parseCallOptions(value)).toEqual({ ok: false })
    expect(copyCallOptions(value)).toBe(REFUSED_CALL_OPTIONS)
  })

  it('is the strict zod schema the contract declares', () => {
    expect(CallOptionsSchema.safeParse({ priority: 'background', extra: 1 }).success).toBe(false)
    expect(CallOptionsSchema.safeParse({ priority: 'interactive' }).success).toBe(false)
    expect(CallOptionsSchema.safeParse({}).success).toBe(true)
  })

  it('never throws, even on a getter that throws', () => {
    const hostile = Object.defineProperty({}, 'priority', { get: () => { throw new Error('boom') }, enumerable: true })
    expect(parseCallOptions(hostile)).toEqual({ ok: false })
    expect(copyCallOptions(hostile)).toBe(REFUSED_CALL_OPTIONS)
  })

  it('the facade copy and the receivers agree on 3,000 junk values (what the facade forwards, the shells accept)', () => {
    const r = seededRandom(9_2026)
    let accepted = 0
    for (let i = 0; i < 3000; i++) {
      const value = r() < 0.3 ? { priority: r() < 0.5 ? 'background' : junkValue(r) } : junkValue(r)
      const copy = copyCallOptions(value)
      const parsed = parseCallOptions(value)
      expect(parsed.ok, JSON.stringify(value)?.slice(0, 200)).toBe(copy !== REFUSED_CALL_OPTIONS)
      if (parsed.ok) {
        accepted++
        expect(parsed.options).toEqual(copy)
        // What the facade forwards is itself accepted unchanged by the receivers.
        expect(parseCallOptions(copy)).toEqual({ ok: true, options: copy })
      } else {
        expect(parseCallOptions(copy)).toEqual({ ok: false })
      }
    }
    expect(accepted).toBeGreaterThan(0)
  })
})

describe('buildOperationMethods', () => {
  const record = () => {
    const calls: unknown[][] = []
    const methods = buildOperationMethods((...args) => {
      calls.push(args)
      return undefined
    })
    return { calls, methods }
  }

  it('forwards only the input when no options are given (no extra argument appears)', () => {
    const { calls, methods } = record()
    methods.campaigns!.list!({ page: 2 })
    expect(calls).toEqual([['campaigns.list', { page: 2 }]])
    expect(calls[0]).toHaveLength(2)
  })

  it('forwards the input and a fresh copy of valid options, dropping any further argument', () => {
    const { calls, methods } = record()
    const options = { priority: 'background' }
    const list = methods.campaigns!.list! as (...args: unknown[]) => unknown
    list({ page: 1 }, options, 'smuggled', { extra: 1 })
    expect(calls).toEqual([['campaigns.list', { page: 1 }, { priority: 'background' }]])
    expect(calls[0]![2]).not.toBe(options)
  })

  it('forwards the refusal marker, never the page object, for options that are not valid', () => {
    const { calls, methods } = record()
    const hostile = { priority: 'background', steal: () => 'x' }
    methods.senders!.list!({}, hostile)
    methods.senders!.list!({}, null)
    expect(calls).toEqual([['senders.list', {}, REFUSED_CALL_OPTIONS], ['senders.list', {}, REFUSED_CALL_OPTIONS]])
  })

  it('gives every contract operation the same two-argument method', () => {
    const { calls, methods } = record()
    for (const name of OPERATION_NAMES) {
      const [domain, method] = name.split('.') as [string, string]
      methods[domain]![method]!({}, { priority: 'background' })
    }
    expect(calls).toEqual(OPERATION_NAMES.map((name) => [name, {}, { priority: 'background' }]))
  })
})
