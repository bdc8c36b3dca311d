import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OPERATION_NAMES } from '../../src/shared/contract/operations'
import { splitOperationName } from '../../src/shared/contract/facade'
import { createWebBridgeClient, type WebBridgeClient } from '../../src/renderer/src/bridge/web-bridge-client'
import { bridgeUrl } from '../../src/renderer/src/bridge/get-facade'
import { stripTokenFromAddressBar } from '../../src/renderer/src/bridge/strip-token'
import { FakeSocket } from './helpers/fake-socket'
import { campaignPage, profileList, profile } from './helpers/fixtures'

let client: WebBridgeClient

function start(): WebBridgeClient {
  client = createWebBridgeClient({
    url: 'ws://127.0.0.1:5000/bridge',
    createSocket: (url) => new FakeSocket(url),
    initialDelayMs: 100,
    maxDelayMs: 400,
    now: () => new Date('2025-01-15T10:30:00Z')
  })
  return client
}

beforeEach(() => {
  FakeSocket.instances = []
  vi.useFakeTimers()
})
afterEach(() => {
  client?.dispose()
  vi.useRealTimers()
})

describe('web bridge client', () => {
  it('exposes one function per contract operation plus on()', () => {
    const { facade } = start()
    for (const name of OPERATION_NAMES) {
      const [domain, method] = splitOperationName(name)
      expect(typeof (facade as unknown as Record<string, Record<string, unknown>>)[domain]?.[method]).toBe('function')
    }
    expect(typeof facade.on).toBe('function')
  })

  it('queues calls until the socket opens, then correlates answers by id even out of order', async () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    expect(socket.url).toBe('ws://127.0.0.1:5000/bridge')
    const list = facade.campaigns.list({ page: 2 })
    const info = facade.app.info({})
    expect(socket.sent).toHaveLength(0)
    socket.open()
    const [first, second] = socket.requests()
    expect(first).toMatchObject({ op: 'campaigns.list', input: { page: 2 } })
    expect(second).toMatchObject({ op: 'app.info', input: {} })
    expect(first!.id).not.toBe(second!.id)
    const page = campaignPage([])
    socket.receive({ type: 'result', id: second!.id, result: { ok: true, value: { version: '1.0.0' } } })
    socket.receive({ type: 'result', id: first!.id, result: { ok: true, value: page } })
    await expect(list).resolves.toEqual({ ok: true, value: page })
    await expect(info).resolves.toEqual({ ok: true, value: { version: '1.0.0' } })
  })

  it('dispatches push events to listeners until they unsubscribe, dropping invalid payloads', () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    const seen: unknown[] = []
    const unsubscribe = facade.on('profiles.changed', (list) => seen.push(list.activeId))
    const list = profileList([profile()])
    socket.receive({ type: 'event', name: 'profiles.changed', payload: list })
    socket.receive({ type: 'event', name: 'profiles.changed', payload: { nonsense: true } })
    socket.receive({ type: 'event', name: 'no.such.event', payload: list })
    unsubscribe()
    socket.receive({ type: 'event', name: 'profiles.changed', payload: list })
    expect(seen).toEqual(['p1'])
  })

  it('resolves pending calls with a network error envelope when the socket drops', async () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    const create = facade.campaigns.create({ name: 'Q1 Product Launch' })
    const list = facade.campaigns.list({})
    socket.drop()
    const created = await create
    const listed = await list
    expect(created.ok).toBe(false)
    expect(listed.ok).toBe(false)
    if (created.ok || listed.ok) return
    expect(created.error).toMatchObject({ kind: 'network', operation: 'campaigns.create', mayHaveApplied: true, guidance: 'check-before-resending', retryable: true })
    expect(listed.error).toMatchObject({ kind: 'network', operation: 'campaigns.list', mayHaveApplied: false, guidance: 'check-network' })
  })

  it('reconnects with backoff and serves calls on the new socket', async () => {
    const { facade } = start()
    FakeSocket.latest().open()
    FakeSocket.latest().drop()
    expect(FakeSocket.instances).toHaveLength(1)
    vi.advanceTimersByTime(99)
    expect(FakeSocket.instances).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(FakeSocket.instances).toHaveLength(2)
    const second = FakeSocket.latest()
    second.drop() // a failed attempt doubles the delay
    vi.advanceTimersByTime(199)
    expect(FakeSocket.instances).toHaveLength(2)
    vi.advanceTimersByTime(1)
    const third = FakeSocket.latest()
    third.open()
    const info = facade.app.info({})
    const [request] = third.requests()
    third.receive({ type: 'result', id: request!.id, result: { ok: true, value: { version: '2' } } })
    await expect(info).resolves.toEqual({ ok: true, value: { version: '2' } })
  })

  it('fails a call made while disconnected when the next attempt also fails, without claiming it was sent', async () => {
    const { facade } = start()
    const pending = facade.profiles.save({ name: 'x', baseUrl: 'https://a.example' })
    FakeSocket.latest().drop()
    const result = await pending
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', mayHaveApplied: false } })
  })

  it('turns a malformed answer into an internal error envelope and never throws', async () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    const call = facade.app.info({})
    socket.onmessage?.({ data: 'not json' })
    socket.receive({ type: 'result', id: socket.requests()[0]!.id, result: { surprise: 1 } })
    await expect(call).resolves.toMatchObject({ ok: false, error: { kind: 'internal', operation: 'app.info' } })
  })

  it('dispose resolves pending calls and stops reconnecting', async () => {
    const { facade } = start()
    FakeSocket.latest().open()
    const call = facade.profiles.list({})
    client.dispose()
    await expect(call).resolves.toMatchObject({ ok: false, error: { kind: 'network' } })
    vi.advanceTimersByTime(10_000)
    expect(FakeSocket.instances).toHaveLength(1)
  })
})

describe('browser-mode start', () => {
  it('builds the bridge address from the page origin', () => {
    expect(bridgeUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/bridge')
    expect(bridgeUrl({ protocol: 'https:', host: 'console.local' })).toBe('wss://console.local/bridge')
  })

  it('strips ?token= from the address bar and keeps other parameters and the hash', () => {
    const replaceState = vi.fn()
    const stripped = stripTokenFromAddressBar({
      location: { href: 'http://127.0.0.1:4321/?token=secret&view=x#settings' },
      history: { state: null, replaceState }
    })
    expect(stripped).toBe(true)
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?view=x#settings')
    expect(stripTokenFromAddressBar({ location: { href: 'http://127.0.0.1:4321/' }, history: { state: null, replaceState } })).toBe(false)
    expect(replaceState).toHaveBeenCalledTimes(1)
  })
})
