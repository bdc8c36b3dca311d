import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { Core } from '../../src/main/core/core-api'
import { createWsBridge } from '../../src/main/web/ws-bridge'
import { BRIDGE_SUBPROTOCOL, encodeBinaryRequest } from '../../src/shared/bridge-protocol'
import { AppErrorSchema } from '../../src/shared/contract/app-error'

// The bridge in-process with a stand-in core (authentication is the web server's job, not tested here):
// what reaches core.invoke, and what a caller with bad call options is answered.

describe('ws bridge: call options', () => {
  const invoked: unknown[][] = []
  const core: Core = {
    invoke: async (...args: unknown[]) => {
      invoked.push(args)
      return { ok: true as const, value: args[0] }
    },
    subscribe: () => () => undefined,
    close: async () => undefined
  }
  let server: Server
  let bridge: ReturnType<typeof createWsBridge>
  let ws: WebSocket

  beforeAll(async () => {
    bridge = createWsBridge(core)
    server = createServer()
    server.on('upgrade', (req, socket, head) => bridge.upgrade(req, socket, head))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    ws = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/bridge`, [BRIDGE_SUBPROTOCOL])
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
  })
  afterAll(async () => {
    ws?.close()
    await bridge?.close()
    await new Promise((resolve) => server?.close(resolve))
  })
  beforeEach(() => {
    invoked.length = 0
  })

  const answer = (id: number, data: string | Uint8Array) =>
    new Promise<{ id: number | null; result: { ok: boolean; value?: unknown; error?: unknown } }>((resolve) => {
      const onMessage = (raw: WebSocket.RawData) => {
        const message = JSON.parse(raw.toString()) as { type: string; id: number | null; result: never }
        if (message.type !== 'result' || message.id !== id) return
        ws.off('message', onMessage)
        resolve(message)
      }
      ws.on('message', onMessage)
      ws.send(data, { binary: typeof data !== 'string' })
    })

  it('passes the checked options to the core: none, {} and background, from text and binary messages', async () => {
    await answer(1, JSON.stringify({ id: 1, op: 'campaigns.list', input: { page: 1 } }))
    await answer(2, JSON.stringify({ id: 2, op: 'campaigns.list', input: { page: 1 }, options: {} }))
    await answer(3, JSON.stringify({ id: 3, op: 'campaigns.list', input: { page: 1 }, options: { priority: 'background' } }))
    await answer(4, encodeBinaryRequest({ id: 4, op: 'leads.upload', input: { campaign_id: 'c' }, options: { priority: 'background' }, bytesField: 'csv' }, new Uint8Array(2)))
    expect(invoked.map(([op, input, options]) => [op, Object.keys(input as object), options])).toEqual([
      ['campaigns.list', ['page'], undefined],
      ['campaigns.list', ['page'], {}],
      ['campaigns.list', ['page'], { priority: 'background' }],
      ['leads.upload', ['campaign_id', 'csv'], { priority: 'background' }]
    ])
  })

  it.each([
    ['null', null],
    ['another priority', { priority: 'bulk' }],
    ['an extra key', { priority: 'background', headers: { 'X-API-Key': 'cs_live_x' } }],
    ['an array', []]
  ])('answers options that are %s with the invalid-input envelope of that call, never reaching the core', async (_name, options) => {
    const text = await answer(5, JSON.stringify({ id: 5, op: 'campaigns.list', input: {}, options }))
    const bin = await answer(6, encodeBinaryRequest({ id: 6, op: 'leads.upload', input: {}, options, bytesField: 'csv' }, new Uint8Array(1)))
    for (const [reply, op] of [[text, 'campaigns.list'], [bin, 'leads.upload']] as const) {
      expect(reply.result).toMatchObject({ ok: false, error: { kind: 'validation', guidance: 'fix-request', operation: op } })
      expect(AppErrorSchema.safeParse(reply.result.error).success).toBe(true)
    }
    expect(invoked).toEqual([])
  })
})
