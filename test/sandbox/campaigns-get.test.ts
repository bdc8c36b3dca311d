import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { type ListBody, call, startWithKey } from './helpers'

describe('GET /campaigns/{campaign_id} (C3) ids', () => {
  let sandbox: SandboxHandle
  let key: string

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey())
  })
  afterAll(() => sandbox.close())

  it('answers 422 for a malformed campaign id and 404 for an unknown one', async () => {
    const malformed = await call(sandbox, '/campaigns/not-a-uuid', { key })
    expect(malformed.status).toBe(422)
    expect(malformed.body).toEqual({ detail: [{ loc: ['path', 'campaign_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] })
    const unknown = await call(sandbox, '/campaigns/3c90c3cc-0d44-4b50-8888-8dd25736052a', { key })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ detail: 'Campaign not found' })
  })

  it('accepts any UUID spelling Python accepts (upper case, no hyphens, braces)', async () => {
    const id = ((await call(sandbox, '/campaigns?limit=1', { key })).body as ListBody).campaigns[0]!.campaign_id
    const spelled = `{${id.replace(/-/g, '').toUpperCase()}}`
    const res = await call(sandbox, `/campaigns/${encodeURIComponent(spelled)}`, { key })
    expect(res.status).toBe(200)
    expect((res.body as { campaign_id: string }).campaign_id).toBe(id)
  })
})
