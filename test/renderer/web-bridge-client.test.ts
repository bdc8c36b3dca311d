import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OPERATION_NAMES } from '../../src/shared/contract/operations'
import { splitOperationName } from '../../src/shared/contract/facade'
import { createWebBridgeClient, type WebBridgeClient } from '../../src/renderer/src/bridge/web-bridge-client'
import { bridgeUrl } from '../../src/renderer/src/bridge/get-facade'
import { takeSessionToken } from '../../src/renderer/src/bridge/session-token'
import type { ConnectionState } from '../../src/renderer/src/bridge/connection-state'
import type { SessionVerdict } from '../../src/renderer/src/bridge/web-bridge-client'
import { decodeBinaryRequest, MAX_TEXT_MESSAGE_BYTES } from '../../src/shared/bridge-protocol'
import { MAX_CSV_BYTES } from '../../src/shared/contract/leads'
import { FakeSocket } from './helpers/fake-socket'
import { campaignPage, profileList, profile } from './helpers/fixtures'

let client: WebBridgeClient
let states: ConnectionState[] = []

function start(extra: { token?: string | null; probeSession?: () => Promise<SessionVerdict> } = {}): WebBridgeClient {
  states = []
  client = createWebBridgeClient({
    url: 'ws://127.0.0.1:5000/bridge',
    token: extra.token === undefined ? 'tok-123' : extra.token,
    createSocket: (url, protocols) => new FakeSocket(url, protocols),
    initialDelayMs: 100,
    maxDelayMs: 400,
    now: () => new Date('2025-01-15T10:30:00Z'),
    onState: (s) => states.push(s),
    ...(extra.probeSession ? { probeSession: extra.probeSession } : {})
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
    expect(listed.error).toMatchObject({ kind: 'network', operation: 'campaigns.list', mayHaveApplied: false, guidance: 'restart-console' })
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

describe('web bridge client: authentication, connection state and limits', () => {
  it('offers the console subprotocol and the token as a second one (no cookie)', () => {
    start()
    expect(FakeSocket.latest().protocols).toEqual(['coldsend.bridge.v1', 'coldsend.token.tok-123'])
  })

  it('reports connecting → open → reconnecting → open across a drop', async () => {
    start()
    FakeSocket.latest().open()
    FakeSocket.latest().drop()
    expect(states).toEqual(['open', 'reconnecting'])
    vi.advanceTimersByTime(100)
    FakeSocket.latest().open()
    expect(states).toEqual(['open', 'reconnecting', 'open'])
  })

  it('stops reconnecting when the shell says the token is refused, and fails calls at once', async () => {
    const probeSession = vi.fn(async (): Promise<SessionVerdict> => 'refused')
    const { facade } = start({ probeSession })
    FakeSocket.latest().drop()
    await vi.waitFor(() => expect(states).toEqual(['refused']))
    vi.advanceTimersByTime(10_000)
    expect(FakeSocket.instances).toHaveLength(1)
    await expect(facade.app.info({})).resolves.toMatchObject({ ok: false, error: { kind: 'network', mayHaveApplied: false } })
  })

  it('keeps retrying while the shell is unreachable', async () => {
    start({ probeSession: async () => 'unreachable' })
    FakeSocket.latest().drop()
    await vi.waitFor(() => expect(states).toEqual(['reconnecting']))
    vi.advanceTimersByTime(100)
    expect(FakeSocket.instances).toHaveLength(2)
  })

  it('opens no socket at all without a token', async () => {
    const { facade } = start({ token: null })
    expect(FakeSocket.instances).toHaveLength(0)
    expect(states).toEqual(['refused'])
    await expect(facade.profiles.list({})).resolves.toMatchObject({ ok: false, error: { kind: 'network' } })
  })

  it('sends file bytes as one binary frame (header + bytes), not as a JSON string', async () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    const csv = new TextEncoder().encode('Email\nzoë@example.test\n')
    const pending = facade.leads.upload({ campaign_id: 'c1', csv, mapping: { email: 'Email' } })
    expect(socket.sent).toHaveLength(1)
    const frame = socket.sent[0]
    expect(frame).toBeInstanceOf(Uint8Array)
    const decoded = decodeBinaryRequest(frame as Uint8Array)
    if ('error' in decoded) throw new Error(decoded.error)
    expect(decoded.header).toMatchObject({ op: 'leads.upload', bytesField: 'csv', input: { campaign_id: 'c1', mapping: { email: 'Email' } } })
    expect(decoded.header).not.toHaveProperty('input.csv')
    expect(new TextDecoder().decode(decoded.bytes)).toBe('Email\nzoë@example.test\n')
    socket.receive({ type: 'result', id: (decoded.header as { id: number }).id, result: { ok: true, value: { job_id: 'j' } } })
    await expect(pending).resolves.toEqual({ ok: true, value: { job_id: 'j' } })
  })

  it('sends call options in the JSON message only when given: background, {} and the refusal marker for bad ones', () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    void facade.campaigns.list({ page: 1 })
    void facade.campaigns.list({ page: 1 }, { priority: 'background' })
    void facade.campaigns.list({ page: 1 }, {})
    void (facade.campaigns.list as (input: unknown, options: unknown) => unknown)({ page: 1 }, { priority: 'urgent', url: 'http://x' })
    const sent = socket.sent.map((s) => JSON.parse(s as string) as Record<string, unknown>)
    expect(sent[0]).not.toHaveProperty('options')
    expect(sent.slice(1).map((m) => m.options)).toEqual([{ priority: 'background' }, {}, null])
    expect(sent.map((m) => Object.keys(m).sort())).toEqual([['id', 'input', 'op'], ['id', 'input', 'op', 'options'], ['id', 'input', 'op', 'options'], ['id', 'input', 'op', 'options']])
  })

  it('sends call options in a binary frame\'s header, next to the bytes', () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    void facade.leads.upload({ campaign_id: 'c1', csv: new Uint8Array([1, 2]), mapping: {} }, { priority: 'background' })
    void facade.leads.upload({ campaign_id: 'c1', csv: new Uint8Array([1, 2]), mapping: {} })
    const [withOptions, without] = socket.sent.map((frame) => decodeBinaryRequest(frame as Uint8Array))
    expect(withOptions).toMatchObject({ header: { op: 'leads.upload', bytesField: 'csv', options: { priority: 'background' } } })
    expect((without as { header: object }).header).not.toHaveProperty('options')
  })

  it('refuses a file over 50 MB before sending a byte, naming the size, on the file field', async () => {
    const { facade } = start()
    FakeSocket.latest().open()
    const result = await facade.leads.upload({ campaign_id: 'c1', csv: new Uint8Array(MAX_CSV_BYTES + 1), mapping: {} })
    expect(FakeSocket.latest().sent).toHaveLength(0)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'csv', source: 'client' }] } })
    if (!result.ok) expect(result.error.message).toMatch(/The file is 50\.1 MB.*largest file ColdSend accepts is 50\.0 MB/)
  })

  it('refuses a JSON request over the text limit before sending it', async () => {
    const { facade } = start()
    FakeSocket.latest().open()
    const result = await facade.profiles.save({ name: 'x', baseUrl: 'é'.repeat(MAX_TEXT_MESSAGE_BYTES / 2 + 10) })
    expect(FakeSocket.latest().sent).toHaveLength(0)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
  })

  it('ignores answers to unreadable requests (id null) without disturbing pending calls', async () => {
    const { facade } = start()
    const socket = FakeSocket.latest()
    socket.open()
    const info = facade.app.info({})
    socket.receive({ type: 'result', id: null, result: { ok: false, error: { kind: 'internal', message: 'malformed' } } })
    socket.receive({ type: 'result', id: socket.requests()[0]!.id, result: { ok: true, value: { version: '3' } } })
    await expect(info).resolves.toEqual({ ok: true, value: { version: '3' } })
  })
})

describe('browser-mode start', () => {
  it('builds the bridge address from the page origin', () => {
    expect(bridgeUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/bridge')
    expect(bridgeUrl({ protocol: 'https:', host: 'console.local' })).toBe('wss://console.local/bridge')
  })

  it('takes ?token= into this tab\'s sessionStorage and strips it from the address bar, keeping the rest', () => {
    const replaceState = vi.fn()
    const stored = new Map<string, string>()
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) }
    const token = takeSessionToken({ location: { href: 'http://127.0.0.1:4321/?token=secret&view=x#/settings' }, history: { state: null, replaceState }, storage })
    expect(token).toBe('secret')
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?view=x#/settings')
    // A reload (no token in the URL any more) finds it again; the address bar is left alone.
    expect(takeSessionToken({ location: { href: 'http://127.0.0.1:4321/#/settings' }, history: { state: null, replaceState }, storage })).toBe('secret')
    expect(replaceState).toHaveBeenCalledTimes(1)
  })

  it('has no token when opened without one and nothing is stored', () => {
    const storage = { getItem: () => null, setItem: () => undefined }
    expect(takeSessionToken({ location: { href: 'http://127.0.0.1:4321/' }, history: { state: null, replaceState: vi.fn() }, storage })).toBeNull()
    expect(takeSessionToken({ location: { href: 'http://127.0.0.1:4321/' }, history: { state: null, replaceState: vi.fn() }, storage: null })).toBeNull()
  })
})
