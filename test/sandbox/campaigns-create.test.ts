import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ListBody, call, startWithKey } from './helpers'

describe('POST /campaigns (C2): success paths', () => {
  let sandbox: SandboxHandle
  let key: string
  const create = (json: unknown) => call(sandbox, '/campaigns', { key, json })

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('creates a DRAFT campaign (201) that then shows in the list and the detail view', async () => {
    const before = Date.now()
    const res = await create({ name: 'Q3 Robotics Founders', daily_limit_per_inbox: 40, enable_tracking: true })
    expect(res.status).toBe(201)
    const body = res.body as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['success', 'message', 'campaign_id', 'name', 'status', 'current_step', 'created_at'])
    expect(body).toMatchObject({ success: true, message: 'Campaign created successfully', name: 'Q3 Robotics Founders', status: 'DRAFT', current_step: 0 })
    expect(body['campaign_id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(body['created_at']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(Date.parse(body['created_at'] as string)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)

    const listed = (await call(sandbox, '/campaigns?search=robotics', { key })).body as ListBody
    expect(listed.campaigns.map((c) => c.campaign_id)).toEqual([body['campaign_id']])
    expect(listed.campaigns[0]).toMatchObject({ status: 'DRAFT', launched_at: null, total_leads: 0, sent_count: 0 })

    const detail = await call(sandbox, `/campaigns/${String(body['campaign_id'])}`, { key })
    expect(detail.status).toBe(200)
    expect(detail.body).toMatchObject({
      success: true,
      message: 'Campaign retrieved successfully',
      campaign_id: body['campaign_id'],
      name: 'Q3 Robotics Founders',
      status: 'DRAFT',
      current_step: 0,
      daily_limit_per_inbox: 40,
      start_date: null,
      timezone: 'America/New_York',
      sending_days: [1, 2, 3, 4, 5],
      sending_window_start: 9,
      sending_window_start_minute: 0,
      sending_window_end: 17,
      sending_window_end_minute: 0,
      enable_tracking: true,
      enable_unsubscribe: true,
      ramp_up_enabled: false,
      lead_mapping: null,
      variants: [],
      sequences: [],
      inboxes: [],
      created_at: body['created_at'],
      updated_at: body['created_at'],
      launched_at: null,
      total_leads: 0,
      sent_count: 0,
      reply_count: 0,
      open_count: 0,
      bounce_count: 0,
      unsubscribe_count: 0
    })
    expect((detail.body as Record<string, unknown>)['team_id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('coerces like Pydantic v1: numbers to text, numeric strings and floats to ints, words to bools', async () => {
    const res = await create({
      name: 12345678,
      daily_limit_per_inbox: 5.5,
      sending_window_start: '8',
      sending_days: ['1', 2.9],
      enable_tracking: 'yes',
      start_date: '2030-03-01T09:30:00+01:00'
    })
    expect(res.status).toBe(201)
    const created = res.body as { campaign_id: string; name: string }
    expect(created.name).toBe('12345678')
    const detail = (await call(sandbox, `/campaigns/${created.campaign_id}`, { key })).body
    expect(detail).toMatchObject({
      daily_limit_per_inbox: 5,
      sending_window_start: 8,
      sending_days: [1, 2],
      enable_tracking: true,
      start_date: '2030-03-01T08:30:00Z'
    })
  })

  it('answers 400 with a string detail when the sending window ends before it starts', async () => {
    const res = await create({ name: 'Valid campaign name', sending_window_start: 18, sending_window_end: 9 })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ detail: 'sending_window_end must be after sending_window_start' })
    const at24 = await create({ name: 'Valid campaign name', sending_window_end: 24, sending_window_end_minute: 30 })
    expect(at24.status).toBe(400)
    expect((await create({ name: 'Valid campaign name', sending_window_end: 24 })).status).toBe(201)
  })

})

describe('server-side limit drift', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ limits: { campaignNameMin: 10 } }))
  })
  afterAll(() => sandbox.close())

  it('enforces an overridden name minimum with matching wording and ctx', async () => {
    const res = await call(sandbox, '/campaigns', { key, json: { name: 'Nine char' } })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      detail: [{ loc: ['body', 'name'], msg: 'ensure this value has at least 10 characters', type: 'value_error.any_str.min_length', ctx: { limit_value: 10 } }]
    })
    expect((await call(sandbox, '/campaigns', { key, json: { name: 'Ten chars!' } })).status).toBe(201)
  })
})
