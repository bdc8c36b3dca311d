import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ListBody, call, startWithKey } from './helpers'
import { NO_RATE_LIMIT } from './campaigns-fixtures'

const UNKNOWN_ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const TRIGGERS = ['NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED']
const variant = (extra: Record<string, unknown> = {}) => ({ subject_template: 'Hello {{first_name}}', email_content: 'Hi there, a short note.', ...extra })
const followUp = (extra: Record<string, unknown> = {}) => ({ email_content: 'Just bumping this up.', ...extra })
const step = (extra: Record<string, unknown> = {}) => ({ step_number: 2, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [followUp()], ...extra })

describe('PUT /campaigns/{campaign_id} (C4): Pydantic v1 validation', () => {
  let sandbox: SandboxHandle
  let key: string
  let draftId: string
  const put = (json: unknown, id = draftId) => call(sandbox, `/campaigns/${id}`, { key, method: 'PUT', json })

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    const drafts = (await call(sandbox, '/campaigns?status=DRAFT', { key })).body as ListBody
    draftId = drafts.campaigns[0]!.campaign_id
  })
  afterAll(() => sandbox.close())

  it('reports a missing email_content at its nested loc', async () => {
    const res = await put({ variants: [variant(), { subject_template: 'Second subject' }] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({ detail: [{ loc: ['body', 'variants', 1, 'email_content'], msg: 'field required', type: 'value_error.missing' }] })
  })

  it('reports a follow-up variant subject inside sequences at its nested loc', async () => {
    const res = await put({ sequences: [step({ variants: [followUp(), followUp(), followUp({ subject_template: 'x'.repeat(501) })] })] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        {
          loc: ['body', 'sequences', 0, 'variants', 2, 'subject_template'],
          msg: 'ensure this value has at most 500 characters',
          type: 'value_error.any_str.max_length',
          ctx: { limit_value: 500 }
        }
      ]
    })
  })

  it('reports every error at once: path first, then body fields in declaration order', async () => {
    const res = await put(
      {
        name: 'short',
        daily_limit_per_inbox: 0,
        timezone: 'Mars/Olympus',
        sending_days: [],
        lead_mapping: ['email'],
        inbox_ids: ['nope'],
        variants: [],
        sequences: [step(), step(), step(), step()],
        launch: 'maybe'
      },
      'not-a-uuid'
    )
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['body', 'name'], msg: 'ensure this value has at least 8 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 8 } },
        { loc: ['body', 'daily_limit_per_inbox'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } },
        { loc: ['body', 'timezone'], msg: "Unknown timezone 'Mars/Olympus'. Use an IANA name such as America/New_York", type: 'value_error' },
        { loc: ['body', 'sending_days'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } },
        { loc: ['body', 'lead_mapping'], msg: 'value is not a valid dict', type: 'type_error.dict' },
        { loc: ['body', 'inbox_ids', 0], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
        { loc: ['body', 'variants'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } },
        { loc: ['body', 'sequences'], msg: 'ensure this value has at most 3 items', type: 'value_error.list.max_items', ctx: { limit_value: 3 } },
        { loc: ['body', 'launch'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' }
      ]
    })
  })

  it('caps variants at four items and needs at least one inbox id', async () => {
    const five = ['A', 'B', 'C', 'D', 'A'].map((n) => variant({ variant_name: n, distribution_percent: 20 }))
    const res = await put({ inbox_ids: [], variants: five })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'inbox_ids'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } },
        { loc: ['body', 'variants'], msg: 'ensure this value has at most 4 items', type: 'value_error.list.max_items', ctx: { limit_value: 4 } }
      ]
    })
  })

  it('rejects an unknown trigger_type as an enum error, with step and wait bounds in the same answer', async () => {
    const res = await put({ sequences: [step({ step_number: 5, trigger_type: 'not_replied', wait_days: 31, variants: [] })] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'sequences', 0, 'step_number'], msg: 'ensure this value is less than or equal to 4', type: 'value_error.number.not_le', ctx: { limit_value: 4 } },
        {
          loc: ['body', 'sequences', 0, 'trigger_type'],
          msg: "value is not a valid enumeration member; permitted: 'NOT_OPENED', 'NOT_REPLIED', 'OPENED_BUT_NOT_REPLIED'",
          type: 'type_error.enum',
          ctx: { enum_values: TRIGGERS }
        },
        { loc: ['body', 'sequences', 0, 'wait_days'], msg: 'ensure this value is less than or equal to 30', type: 'value_error.number.not_le', ctx: { limit_value: 30 } },
        { loc: ['body', 'sequences', 0, 'variants'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items', ctx: { limit_value: 1 } }
      ]
    })
    const low = await put({ sequences: [step({ step_number: 1, wait_days: 0 })] })
    expect((low.body as { detail: Array<{ loc: unknown[]; type: string }> }).detail.map((d) => [d.loc.at(-1), d.type])).toEqual([
      ['step_number', 'value_error.number.not_ge'],
      ['wait_days', 'value_error.number.not_ge']
    ])
  })

  it('checks every variant field: subject, content length, name letters and range, label, percentage', async () => {
    const res = await put({
      variants: [
        { subject_template: '', email_content: 'too short', variant_name: 'B2', variant_label: 'l'.repeat(101), distribution_percent: 101 },
        { email_content: 'Long enough content here', variant_name: 'e', distribution_percent: -1 }
      ]
    })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'variants', 0, 'subject_template'], msg: 'ensure this value has at least 1 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 1 } },
        { loc: ['body', 'variants', 0, 'email_content'], msg: 'ensure this value has at least 10 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 10 } },
        { loc: ['body', 'variants', 0, 'variant_name'], msg: 'variant_name must contain letters only', type: 'value_error' },
        { loc: ['body', 'variants', 0, 'variant_label'], msg: 'ensure this value has at most 100 characters', type: 'value_error.any_str.max_length', ctx: { limit_value: 100 } },
        { loc: ['body', 'variants', 0, 'distribution_percent'], msg: 'ensure this value is less than or equal to 100', type: 'value_error.number.not_le', ctx: { limit_value: 100 } },
        { loc: ['body', 'variants', 1, 'subject_template'], msg: 'field required', type: 'value_error.missing' },
        { loc: ['body', 'variants', 1, 'variant_name'], msg: 'variant_name must be one of A, B, C, D', type: 'value_error' },
        { loc: ['body', 'variants', 1, 'distribution_percent'], msg: 'ensure this value is greater than or equal to 0', type: 'value_error.number.not_ge', ctx: { limit_value: 0 } }
      ]
    })
  })

  it('validates lead_mapping values and refuses null where a field has a default', async () => {
    const res = await put({ lead_mapping: { email: 'Email', company: null, first_name: 7 }, variants: [variant({ variant_name: null })] })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [
        { loc: ['body', 'lead_mapping', 'company'], msg: 'none is not an allowed value', type: 'type_error.none.not_allowed' },
        { loc: ['body', 'variants', 0, 'variant_name'], msg: 'none is not an allowed value', type: 'type_error.none.not_allowed' }
      ]
    })
  })

  it('answers like FastAPI for an empty or non-object body, and validates before looking the campaign up', async () => {
    const empty = await call(sandbox, `/campaigns/${draftId}`, { key, method: 'PUT' })
    expect(empty.status).toBe(422)
    expect(empty.body).toEqual({ detail: [{ loc: ['body'], msg: 'field required', type: 'value_error.missing' }] })
    expect((await put([1, 2])).body).toEqual({ detail: [{ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' }] })
    expect((await put({ name: 'x' }, UNKNOWN_ID)).status).toBe(422)
    const unknown = await put({ name: 'A perfectly fine name' }, UNKNOWN_ID)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ detail: 'Campaign not found' })
  })
})

describe('PUT /campaigns/{campaign_id} (C4): server-side name limit drift', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ limits: { campaignNameMin: 10 } }))
  })
  afterAll(() => sandbox.close())

  it('enforces the overridden name minimum on update too', async () => {
    const id = ((await call(sandbox, '/campaigns?status=DRAFT', { key })).body as ListBody).campaigns[0]!.campaign_id
    const res = await call(sandbox, `/campaigns/${id}`, { key, method: 'PUT', json: { name: 'Nine char' } })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [{ loc: ['body', 'name'], msg: 'ensure this value has at least 10 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 10 } }]
    })
    expect((await call(sandbox, `/campaigns/${id}`, { key, method: 'PUT', json: { name: 'Ten chars!' } })).status).toBe(200)
  })
})
