import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { call, startWithKey } from './helpers'

// The three validation bodies the ColdSend docs show, plus the `ctx` a real FastAPI + Pydantic v1 adds.
const DOC_SHORT_NAME = {
  loc: ['body', 'name'],
  msg: 'ensure this value has at least 8 characters',
  type: 'value_error.any_str.min_length',
  ctx: { limit_value: 8 }
}
const DOC_MISSING_NAME = { loc: ['body', 'name'], msg: 'field required', type: 'value_error.missing' }
const DOC_DAILY_LIMIT_101 = {
  loc: ['body', 'daily_limit_per_inbox'],
  msg: 'ensure this value is less than or equal to 100',
  type: 'value_error.number.not_le',
  ctx: { limit_value: 100 }
}

describe('POST /campaigns (C2): FastAPI + Pydantic v1 validation bodies', () => {
  let sandbox: SandboxHandle
  let key: string
  const create = (json: unknown) => call(sandbox, '/campaigns', { key, json })

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('reproduces the documented 422 for a short name', async () => {
    const res = await create({ name: 'Short' })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: [DOC_SHORT_NAME] })
  })

  it('reproduces the documented 422 for a missing name', async () => {
    const res = await create({ daily_limit_per_inbox: 10 })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: [DOC_MISSING_NAME] })
  })

  it('reproduces the documented 422 for daily_limit_per_inbox 101', async () => {
    const res = await create({ name: 'Valid campaign name', daily_limit_per_inbox: 101 })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: [DOC_DAILY_LIMIT_101] })
  })

  it('reports every error at once, in field order, with Pydantic v1 wording', async () => {
    const res = await create({
      enable_unsubscribe: 'perhaps',
      sending_days: [0, 3, 'x', 8],
      daily_limit_per_inbox: 'abc',
      sending_window_end_minute: 60,
      timezone: 'x'.repeat(101),
      start_date: 'next tuesday',
      unknown_key: 'ignored'
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        DOC_MISSING_NAME,
        { loc: ['body', 'daily_limit_per_inbox'], msg: 'value is not a valid integer', type: 'type_error.integer' },
        { loc: ['body', 'start_date'], msg: 'invalid datetime format', type: 'value_error.datetime' },
        { loc: ['body', 'timezone'], msg: 'ensure this value has at most 100 characters', type: 'value_error.any_str.max_length', ctx: { limit_value: 100 } },
        { loc: ['body', 'sending_days', 0], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } },
        { loc: ['body', 'sending_days', 2], msg: 'value is not a valid integer', type: 'type_error.integer' },
        { loc: ['body', 'sending_days', 3], msg: 'ensure this value is less than or equal to 7', type: 'value_error.number.not_le', ctx: { limit_value: 7 } },
        { loc: ['body', 'sending_window_end_minute'], msg: 'ensure this value is less than or equal to 59', type: 'value_error.number.not_le', ctx: { limit_value: 59 } },
        { loc: ['body', 'enable_unsubscribe'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' }
      ]
    })
  })

  it('reports type errors for lists, strings and nulls like Pydantic v1', async () => {
    const res = await create({ name: ['not', 'text'], sending_days: 'mon', enable_tracking: null, sending_window_start: null, ramp_up_increment: 0 })
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'name'], msg: 'str type expected', type: 'type_error.str' },
        { loc: ['body', 'sending_days'], msg: 'value is not a valid list', type: 'type_error.list' },
        { loc: ['body', 'sending_window_start'], msg: 'none is not an allowed value', type: 'type_error.none.not_allowed' },
        { loc: ['body', 'enable_tracking'], msg: 'none is not an allowed value', type: 'type_error.none.not_allowed' },
        { loc: ['body', 'ramp_up_increment'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } }
      ]
    })
    const empty = await create({ name: 'Valid campaign name', sending_days: [] })
    expect(empty.body).toEqual({
      detail: [{ loc: ['body', 'sending_days'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } }]
    })
  })

  it('answers FastAPI bodies for a non-JSON body, a non-object body and an empty body', async () => {
    const garbage = await call(sandbox, '/campaigns', { key, raw: 'not json', headers: { 'Content-Type': 'application/json' } })
    expect(garbage.status).toBe(422)
    expect(garbage.body).toEqual({
      detail: [
        {
          loc: ['body', 0],
          msg: 'Expecting value: line 1 column 1 (char 0)',
          type: 'value_error.jsondecode',
          ctx: { msg: 'Expecting value', doc: 'not json', pos: 0, lineno: 1, colno: 1 }
        }
      ]
    })
    const array = await create([{ name: 'Valid campaign name' }])
    expect(array.body).toEqual({ detail: [{ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' }] })
    const empty = await call(sandbox, '/campaigns', { key, method: 'POST' })
    expect(empty.status).toBe(422)
    expect(empty.body).toEqual({ detail: [{ loc: ['body'], msg: 'field required', type: 'value_error.missing' }] })
  })
})
