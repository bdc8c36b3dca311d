import { describe, expect, it } from 'vitest'
import { DOC_422_FIELD_REQUIRED, DOC_422_MIN_LENGTH, DOC_422_NOT_LE, json } from './api-error-bodies'
import { asKind, mapResponse } from './map-helper'

describe('validation errors (422, or 400 with an array detail)', () => {
  it.each([
    ['min length', DOC_422_MIN_LENGTH, ['body', 'name'], 'name', 'ensure this value has at least 8 characters', 'value_error.any_str.min_length'],
    ['field required', DOC_422_FIELD_REQUIRED, ['body', 'name'], 'name', 'field required', 'value_error.missing'],
    ['not_le', DOC_422_NOT_LE, ['body', 'daily_limit_per_inbox'], 'daily_limit_per_inbox', 'ensure this value is less than or equal to 100', 'value_error.number.not_le']
  ])('maps the documented 422 %s body to one issue with loc, path, msg and type', (_, body, loc, path, msg, type) => {
    const e = asKind(mapResponse(422, json(body)), 'validation')
    expect(e.issues).toEqual([{ loc, path, msg, type, source: 'server' }])
    expect(e).toMatchObject({ status: 422, guidance: 'fix-fields', retryable: false, operation: 'campaigns.create', attempts: 1 })
    expect(e.message).toContain(path)
  })

  it('maps the invalid-email example (§3.3) with Pydantic v1 wording', () => {
    const body = { detail: [{ loc: ['body', 'email_address'], msg: 'value is not a valid email address', type: 'value_error.email' }] }
    const e = asKind(mapResponse(422, body, { operation: 'senders.create' }), 'validation')
    expect(e.issues[0]).toMatchObject({ path: 'email_address', type: 'value_error.email' })
  })

  it('keeps array indices for nested variant and follow-up fields', () => {
    const body = {
      detail: [
        { loc: ['body', 'variants', 1, 'email_content'], msg: 'field required', type: 'value_error.missing' },
        { loc: ['body', 'sequences', 0, 'variants', 2, 'subject_template'], msg: 'ensure this value has at most 255 characters', type: 'value_error.any_str.max_length', ctx: { limit_value: 255 } }
      ]
    }
    const e = asKind(mapResponse(422, body, { operation: 'campaigns.update' }), 'validation')
    expect(e.issues.map((i) => [i.loc, i.path])).toEqual([
      [['body', 'variants', 1, 'email_content'], 'variants.1.email_content'],
      [['body', 'sequences', 0, 'variants', 2, 'subject_template'], 'sequences.0.variants.2.subject_template']
    ])
    expect(e.message).toBe('ColdSend rejected 2 fields: variants.1.email_content, sequences.0.variants.2.subject_template.')
  })

  it('treats a 400 whose detail is an array as validation too', () => {
    const e = asKind(mapResponse(400, { detail: [{ loc: ['body', 'variants', 1, 'email_content'], msg: 'field required', type: 'value_error.missing' }] }), 'validation')
    expect(e.status).toBe(400)
    expect(e.issues[0]?.path).toBe('variants.1.email_content')
  })

  it('keeps query and path locations, whose path names the parameter', () => {
    const body = {
      detail: [
        { loc: ['query', 'limit'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le' },
        { loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }
      ]
    }
    const e = asKind(mapResponse(422, body, { operation: 'campaigns.get' }), 'validation')
    expect(e.issues.map((i) => i.path)).toEqual(['limit', 'campaign_id'])
  })

  it('never lets Pydantic v2 `input` (the value we sent, maybe a password) or `ctx` through', () => {
    const body = { detail: [{ type: 'string_too_short', loc: ['body', 'smtp_password'], msg: 'String should have at least 8 characters', input: 'hunter2-secret', ctx: { min_length: 8 }, url: 'https://errors.pydantic.dev' }] }
    const e = asKind(mapResponse(422, body, { operation: 'senders.create' }), 'validation')
    expect(JSON.stringify(e)).not.toContain('hunter2-secret')
    expect(e.issues[0]).toEqual({ loc: ['body', 'smtp_password'], path: 'smtp_password', msg: 'String should have at least 8 characters', type: 'string_too_short', source: 'server' })
  })

  it('survives garbage items, huge lists and odd loc parts', () => {
    const items = [null, 7, 'x', [1], { loc: 'body.name', msg: 5 }, { loc: ['body', 1.5, { a: 1 }, 'ok'], msg: 'm', type: 't' }]
    const e = asKind(mapResponse(422, { detail: [...items, ...Array.from({ length: 5000 }, () => ({ loc: ['body', 'name'], msg: 'x'.repeat(10_000), type: 'y'.repeat(1000) }))] }), 'validation')
    expect(e.issues[0]).toEqual({ loc: [], path: '', msg: 'invalid value', type: 'unknown', source: 'server' })
    expect(e.issues[1]).toMatchObject({ loc: ['body', 'ok'], path: 'ok' })
    expect(e.issues.length).toBe(200)
    expect(e.issues[2]?.msg.length).toBeLessThanOrEqual(2000)
  })

  it('maps a 422 without any detail to a validation error with no issues', () => {
    expect(asKind(mapResponse(422, null), 'validation').issues).toEqual([])
    expect(asKind(mapResponse(422, { detail: [] }), 'validation').message).toBe('ColdSend rejected the request as invalid.')
  })

  it('reads a 422 body that arrived as unparsed JSON text', () => {
    expect(asKind(mapResponse(422, DOC_422_NOT_LE), 'validation').issues[0]?.path).toBe('daily_limit_per_inbox')
  })
})
