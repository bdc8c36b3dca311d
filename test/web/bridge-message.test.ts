import { describe, expect, it } from 'vitest'
import { readBridgeMessage } from '../../src/main/web/bridge-message'
import { encodeBinaryRequest } from '../../src/shared/bridge-protocol'

const text = (message: unknown) => readBridgeMessage(Buffer.from(typeof message === 'string' ? message : JSON.stringify(message)), false)
const binary = (header: Record<string, unknown>, bytes = new Uint8Array([1, 2, 3])) =>
  readBridgeMessage(Buffer.from(encodeBinaryRequest(header as Parameters<typeof encodeBinaryRequest>[0], bytes)), true)

const BAD_OPTIONS: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'background'],
  ['an array', [{ priority: 'background' }]],
  ['another priority', { priority: 'interactive' }],
  ['a numeric priority', { priority: 1 }],
  ['an extra key', { priority: 'background', url: 'http://127.0.0.1:1/' }],
  ['a prototype key', JSON.parse('{"__proto__":{"priority":"background"}}') as unknown]
]

describe('readBridgeMessage: call options', () => {
  it('a text request without options is a call with none', () => {
    expect(text({ id: 1, op: 'campaigns.list', input: { page: 1 } })).toEqual({ kind: 'call', id: 1, op: 'campaigns.list', input: { page: 1 }, options: undefined })
  })

  it('a text request passes valid options on, as the checked copy', () => {
    expect(text({ id: 2, op: 'campaigns.list', input: {}, options: { priority: 'background' } })).toEqual({
      kind: 'call', id: 2, op: 'campaigns.list', input: {}, options: { priority: 'background' }
    })
    expect(text({ id: 3, op: 'campaigns.list', input: {}, options: {} })).toMatchObject({ kind: 'call', options: {} })
  })

  it('a binary request carries options in its header, next to the bytes', () => {
    const inbound = binary({ id: 4, op: 'leads.upload', input: { campaign_id: 'c' }, options: { priority: 'background' }, bytesField: 'csv' })
    expect(inbound).toMatchObject({ kind: 'call', id: 4, op: 'leads.upload', options: { priority: 'background' } })
    expect(inbound.kind === 'call' && [...(inbound.input as { csv: Uint8Array }).csv]).toEqual([1, 2, 3])
    expect(binary({ id: 5, op: 'leads.upload', input: {}, bytesField: 'csv' })).toMatchObject({ kind: 'call', options: undefined })
  })

  it.each(BAD_OPTIONS)('options that are %s are an invalid call (its id and op kept for the answer), in text and binary', (_name, options) => {
    expect(text({ id: 6, op: 'campaigns.list', input: {}, options })).toEqual({ kind: 'bad-options', id: 6, op: 'campaigns.list' })
    expect(binary({ id: 7, op: 'leads.upload', input: {}, options, bytesField: 'csv' })).toEqual({ kind: 'bad-options', id: 7, op: 'leads.upload' })
  })

  it('a message with a misspelt options key is still malformed, not a call', () => {
    expect(text({ id: 8, op: 'campaigns.list', input: {}, option: { priority: 'background' } })).toMatchObject({ kind: 'reject', id: 8 })
    expect(text({ id: 9, op: 'campaigns.list', input: {}, priority: 'background' })).toMatchObject({ kind: 'reject', id: 9 })
  })
})
