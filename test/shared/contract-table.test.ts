import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { OPERATION_NAMES, operations, type ApiOperationName, type OperationName } from '../../src/shared/contract/operations'
import { VALID_INPUTS } from './contract-examples'

const apiNames = OPERATION_NAMES.filter((n): n is ApiOperationName => 'api' in operations[n])

/** The bindings the console relies on (API notes §2.0 index and §1.3 scopes). */
const EXPECTED: Record<ApiOperationName, [method: string, path: string, scope: string, interactive: boolean]> = {
  'campaigns.list': ['GET', '/campaigns', 'campaigns:read', true],
  'campaigns.create': ['POST', '/campaigns', 'campaigns:create', true],
  'campaigns.get': ['GET', '/campaigns/{campaign_id}', 'campaigns:read', true],
  'campaigns.update': ['PUT', '/campaigns/{campaign_id}', 'campaigns:update', true],
  'campaigns.pause': ['POST', '/campaigns/{campaign_id}/pause', 'campaigns:pause', true],
  'campaigns.activate': ['POST', '/campaigns/{campaign_id}/activate', 'campaigns:activate', true],
  'campaigns.resume': ['POST', '/campaigns/{campaign_id}/resume', 'campaigns:activate', true],
  'campaigns.delete': ['DELETE', '/campaigns/{campaign_id}', 'campaigns:delete', true],
  'leads.add': ['POST', '/campaigns/{campaign_id}/leads/manual', 'leads:create', true],
  'leads.list': ['GET', '/campaigns/{campaign_id}/leads', 'leads:read', true],
  'leads.get': ['GET', '/campaigns/{campaign_id}/leads/{lead_id}', 'leads:read', true],
  'leads.delete': ['DELETE', '/campaigns/{campaign_id}/leads/{lead_id}', 'leads:delete', true],
  'leads.bulkDelete': ['DELETE', '/campaigns/{campaign_id}/leads', 'leads:delete', true],
  'leads.stats': ['GET', '/campaigns/{campaign_id}/leads/stats', 'leads:read', true],
  'leads.upload': ['POST', '/campaigns/{campaign_id}/leads', 'leads:create', true],
  'leads.uploadStatus': ['GET', '/campaigns/{campaign_id}/leads/upload/{job_id}', 'leads:read', false],
  'senders.create': ['POST', '/sender-accounts/smtp', 'sender_accounts:create', true],
  'senders.bulkCreate': ['POST', '/sender-accounts/smtp/bulk', 'sender_accounts:create', true],
  'senders.bulkCreateStatus': ['GET', '/sender-accounts/smtp/bulk/{job_id}/progress', 'sender_accounts:read', false],
  'senders.list': ['GET', '/sender-accounts', 'sender_accounts:read', true],
  'senders.get': ['GET', '/sender-accounts/{inbox_id}', 'sender_accounts:read', true],
  'senders.delete': ['DELETE', '/sender-accounts/{inbox_id}', 'sender_accounts:delete', true],
  'senders.bulkDelete': ['POST', '/sender-accounts/bulk/delete', 'sender_accounts:delete', true],
  'senders.bulkDeleteStatus': ['GET', '/sender-accounts/bulk/delete/{job_id}/progress', 'sender_accounts:read', false],
  'senders.pause': ['POST', '/sender-accounts/{inbox_id}/pause', 'sender_accounts:create', true],
  'senders.resume': ['POST', '/sender-accounts/{inbox_id}/resume', 'sender_accounts:create', true],
  'senders.testEmail': ['POST', '/sender-accounts/{inbox_id}/test-email', 'sender_accounts:read', true],
  'senders.health': ['GET', '/sender-accounts/{inbox_id}/health', 'sender_accounts:read', true],
  'analytics.campaigns': ['GET', '/analytics/campaigns', 'campaigns:read', true],
  'analytics.timeline': ['GET', '/analytics/campaigns/timeline', 'campaigns:read', true]
}

type JsonSchema = { [key: string]: unknown }

// Every place in an input's JSON Schema where a string, array, number or object is left unbounded or open.
function unbounded(schema: unknown, at: string): string[] {
  if (typeof schema !== 'object' || schema === null) return []
  const s = schema as JsonSchema
  const problems: string[] = []
  if (s.type === 'string' && s.maxLength === undefined && s.pattern === undefined && s.const === undefined && s.enum === undefined) problems.push(`${at}: string without maxLength`)
  if (s.type === 'array' && s.maxItems === undefined) problems.push(`${at}: array without maxItems`)
  if ((s.type === 'integer' || s.type === 'number') && (s.maximum === undefined || s.minimum === undefined)) problems.push(`${at}: number without range`)
  if (s.type === 'object' && s.properties !== undefined && s.additionalProperties !== false) problems.push(`${at}: object not strict`)
  if (s.type === 'object' && s.propertyNames !== undefined) problems.push(...unbounded(s.propertyNames, `${at}{key}`))
  for (const [key, child] of Object.entries(s.properties ?? {})) problems.push(...unbounded(child, `${at}.${key}`))
  if (typeof s.additionalProperties === 'object') problems.push(...unbounded(s.additionalProperties, `${at}{value}`))
  if (s.items !== undefined) problems.push(...unbounded(s.items, `${at}[]`))
  for (const list of [s.anyOf, s.oneOf, s.allOf]) if (Array.isArray(list)) list.forEach((c, i) => problems.push(...unbounded(c, `${at}|${i}`)))
  return problems
}

describe('the contract table', () => {
  it('lists exactly the names of names.ts, the preload list', () => {
    expect(Object.keys(operations).sort()).toEqual([...OPERATION_NAMES].sort())
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length)
  })

  it('binds every ColdSend operation to its method, path, scope and interactivity', () => {
    const actual = Object.fromEntries(
      apiNames.map((n) => {
        const spec = operations[n] as { api: { method: string; path: string; scope: string }; interactive?: boolean }
        return [n, [spec.api.method, spec.api.path, spec.api.scope, spec.interactive === true]]
      })
    )
    expect(actual).toEqual(EXPECTED)
  })

  it.each(apiNames)('%s: every path parameter is a required input field', (name) => {
    const spec = operations[name]
    const params = [...spec.api.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
    const shape = (spec.input as unknown as z.ZodObject).shape
    for (const param of params) {
      expect(shape[param], `${name} ${param}`).toBeDefined()
      expect(shape[param]!.safeParse(undefined).success, `${name} ${param} required`).toBe(false)
    }
  })

  it('the boundedness check itself flags open strings, arrays, numbers and objects', () => {
    const open = z.object({ s: z.string(), a: z.array(z.number().max(5)).max(3), n: z.number().min(0), o: z.strictObject({ t: z.string().max(2) }).nullable() })
    expect(unbounded(z.toJSONSchema(open, { io: 'input' }), 'x')).toEqual(['x: object not strict', 'x.s: string without maxLength', 'x.a[]: number without range', 'x.n: number without range'])
  })

  it.each(apiNames)('%s: the input is strict, and every string, array and number in it is bounded', (name) => {
    const json = z.toJSONSchema(operations[name].input, { io: 'input', unrepresentable: 'any' })
    expect(unbounded(json, name)).toEqual([])
  })

  it.each(apiNames)('%s: a valid input parses, and the same input with one unknown key is refused', (name) => {
    const input = operations[name].input as z.ZodType
    expect(input.safeParse(VALID_INPUTS[name]).error?.issues ?? []).toEqual([])
    const refused = input.safeParse({ ...VALID_INPUTS[name], url: 'http://evil.example' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['url'] })
  })

  it('keeps multipart and JSON-body encodings only where the API needs them', () => {
    const encoded = Object.fromEntries(
      (OPERATION_NAMES as readonly OperationName[]).flatMap((n) => {
        const api = (operations[n] as { api?: { encoding?: { kind: string } } }).api
        return api?.encoding ? [[n, api.encoding.kind]] : []
      })
    )
    expect(encoded).toEqual({ 'leads.bulkDelete': 'json', 'leads.upload': 'multipart' })
  })
})
