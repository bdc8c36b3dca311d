import { describe, expect, it } from 'vitest'
import { buildRequestParts } from '../../src/main/core/api/request-parts'
import { operations, type ApiOperationName } from '../../src/shared/contract/operations'
import { DOC_UUID, VALID_INPUTS } from './contract-examples'

// Parses an example input through the contract (defaults applied), then splits it as the client will.
const partsOf = (name: ApiOperationName, input: Record<string, unknown> = VALID_INPUTS[name] as Record<string, unknown>) =>
  buildRequestParts(operations[name].api, operations[name].input.parse(input) as Record<string, unknown>)

describe('contract bindings → request parts', () => {
  it('fills path parameters and sends the rest as the query for GET', () => {
    expect(partsOf('leads.list')).toEqual({
      path: `/campaigns/${DOC_UUID}/leads`,
      searchParams: { page: '1', limit: '50', status: 'PENDING', search: 'jane' },
      json: undefined
    })
    expect(partsOf('senders.health')).toEqual({ path: `/sender-accounts/${DOC_UUID}/health`, searchParams: { refresh: 'true' }, json: undefined })
    expect(partsOf('leads.uploadStatus').path).toBe(`/campaigns/${DOC_UUID}/leads/upload/${DOC_UUID}`)
  })

  it('URL-encodes path parameters so an id cannot change the path', () => {
    expect(partsOf('campaigns.get', { campaign_id: '../sender-accounts?x=1' }).path).toBe('/campaigns/..%2Fsender-accounts%3Fx%3D1')
  })

  it('sends a PUT body without the path parameter, nested content intact', () => {
    const parts = partsOf('campaigns.update')
    expect(parts.path).toBe(`/campaigns/${DOC_UUID}`)
    expect(parts.json).not.toHaveProperty('campaign_id')
    expect(parts.json).toMatchObject({ inbox_ids: [DOC_UUID], launch: false })
    expect(parts.json?.sequences).toEqual((VALID_INPUTS['campaigns.update'] as { sequences: unknown }).sequences)
    expect(parts.form).toBeUndefined()
  })

  it('keeps single DELETEs bodiless and sends the bulk lead delete as a JSON body', () => {
    expect(partsOf('leads.delete')).toEqual({ path: `/campaigns/${DOC_UUID}/leads/${DOC_UUID}`, searchParams: {}, json: undefined })
    expect(partsOf('leads.bulkDelete')).toEqual({ path: `/campaigns/${DOC_UUID}/leads`, searchParams: {}, json: { lead_ids: [DOC_UUID] } })
  })

  it('sends action POSTs with an empty JSON body', () => {
    expect(partsOf('campaigns.pause')).toEqual({ path: `/campaigns/${DOC_UUID}/pause`, searchParams: {}, json: {} })
    expect(partsOf('senders.resume').path).toBe(`/sender-accounts/${DOC_UUID}/resume`)
  })

  it('builds the lead upload as multipart: the CSV as a named text/csv file part, the mapping as a JSON string part', async () => {
    const parts = partsOf('leads.upload', { campaign_id: DOC_UUID, csv: new TextEncoder().encode('Email,Name\né@x.example,Zoë\n'), mapping: { email: 'Email', first_name: 'Name' } })
    expect(parts).toMatchObject({ path: `/campaigns/${DOC_UUID}/leads`, searchParams: {}, json: undefined })
    const form = parts.form!
    expect([...form.keys()].sort()).toEqual(['file', 'mapping'])
    const file = form.get('file') as File
    expect(file.name).toBe('leads.csv')
    expect(file.type).toBe('text/csv')
    expect(await file.text()).toBe('Email,Name\né@x.example,Zoë\n')
    expect(JSON.parse(form.get('mapping') as string)).toEqual({ email: 'Email', first_name: 'Name' })

    const named = partsOf('leads.upload', { ...VALID_INPUTS['leads.upload'], file_name: 'q1 "prospects".csv' })
    expect((named.form!.get('file') as File).name).toBe('q1 "prospects".csv')
  })

  it('serialises the multipart form the way a server reads it', async () => {
    const parts = partsOf('leads.upload')
    const request = new Request('http://127.0.0.1/upload', { method: 'POST', body: parts.form })
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    const back = await request.formData()
    expect(await (back.get('file') as File).text()).toBe('Email,First Name\njane@acme.example,Jane\n')
    expect(back.get('mapping')).toBe('{"email":"Email","first_name":"First Name"}')
  })
})
