import { describe, expect, it, vi } from 'vitest'
import type { IpcMain } from 'electron'
import type { Core, PushEvent } from '../../src/main/core/core-api'
import { forwardPushEvents, registerOperationHandlers, type PushTarget } from '../../src/main/electron/ipc-adapter'
import { EVENT_CHANNEL, OPERATION_NAMES, operationChannel } from '../../src/shared/contract'

type Handler = (event: unknown, input: unknown, options?: unknown) => Promise<unknown>

function capture(getCore: () => Promise<Core>) {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) }
  const channels = registerOperationHandlers(ipcMain as unknown as Pick<IpcMain, 'handle'>, getCore)
  return { handlers, channels }
}

const mainFrame = { url: 'app://console/index.html', parent: null }
const trusted = { sender: { mainFrame }, senderFrame: mainFrame }
const hostile = { sender: { mainFrame }, senderFrame: { url: 'app://console/index.html', parent: mainFrame } }

function fakeCore(overrides: Partial<Core> = {}): Core {
  return {
    invoke: vi.fn(async (op: string) => ({ ok: true as const, value: op })),
    subscribe: vi.fn(() => () => undefined),
    close: vi.fn(async () => undefined),
    ...overrides
  }
}

describe('registerOperationHandlers', () => {
  it('registers one channel per contract operation', () => {
    const { handlers, channels } = capture(async () => fakeCore())
    expect(channels).toEqual(OPERATION_NAMES.map(operationChannel))
    expect([...handlers.keys()]).toEqual(channels)
  })

  it('passes trusted calls to the core and returns its envelope unchanged', async () => {
    const core = fakeCore()
    const { handlers } = capture(async () => core)
    await expect(handlers.get('coldsend:op:profiles.list')!(trusted, {})).resolves.toEqual({ ok: true, value: 'profiles.list' })
    expect(core.invoke).toHaveBeenCalledWith('profiles.list', {}, undefined)
  })

  it('passes checked call options on as a fresh copy: background, or {} for empty options', async () => {
    const core = fakeCore()
    const { handlers } = capture(async () => core)
    const asked = { priority: 'background' }
    await expect(handlers.get('coldsend:op:campaigns.list')!(trusted, { page: 1 }, asked)).resolves.toEqual({ ok: true, value: 'campaigns.list' })
    await handlers.get('coldsend:op:campaigns.list')!(trusted, { page: 1 }, {})
    expect(vi.mocked(core.invoke).mock.calls).toEqual([['campaigns.list', { page: 1 }, { priority: 'background' }], ['campaigns.list', { page: 1 }, {}]])
    expect(vi.mocked(core.invoke).mock.calls[0]![2]).not.toBe(asked)
  })

  it.each([
    ['null (the facade\'s refusal marker)', null],
    ['another priority', { priority: 'interactive' }],
    ['an extra key', { priority: 'background', url: 'http://127.0.0.1:1/' }],
    ['a string', 'background'],
    ['a Map', new Map([['priority', 'background']])]
  ])('refuses call options that are %s as invalid input, without touching the core', async (_name, options) => {
    const core = fakeCore()
    const { handlers } = capture(async () => core)
    const result = await handlers.get('coldsend:op:campaigns.list')!(trusted, {}, options)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', guidance: 'fix-request', operation: 'campaigns.list', issues: [] } })
    expect(core.invoke).not.toHaveBeenCalled()
  })

  it('checks the sender before the options: a subframe gets the sender refusal whatever it sends', async () => {
    const core = fakeCore()
    const { handlers } = capture(async () => core)
    const result = await handlers.get('coldsend:op:campaigns.list')!(hostile, {}, { priority: 'background' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', guidance: 'report-bug' } })
    expect(core.invoke).not.toHaveBeenCalled()
  })

  it('refuses a subframe without touching the core', async () => {
    const core = fakeCore()
    const { handlers } = capture(async () => core)
    const result = await handlers.get('coldsend:op:app.info')!(hostile, {})
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal', operation: 'app.info', retryable: false, guidance: 'report-bug' } })
    expect(core.invoke).not.toHaveBeenCalled()
  })

  it('answers with an envelope (never a throw) when boot failed or the core throws', async () => {
    const bootFailed = capture(async () => Promise.reject(new Error('boom cs_live_SECRET')))
    const failed = await bootFailed.handlers.get('coldsend:op:app.info')!(trusted, {})
    expect(failed).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(JSON.stringify(failed)).not.toContain('cs_live_SECRET')

    const throwing = capture(async () => fakeCore({ invoke: async () => Promise.reject(new Error('cs_live_SECRET')) }))
    const thrown = await throwing.handlers.get('coldsend:op:app.info')!(trusted, {})
    expect(thrown).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(JSON.stringify(thrown)).not.toContain('cs_live_SECRET')
  })
})

describe('forwardPushEvents', () => {
  it('sends known events to live console pages only', () => {
    let emit: (event: PushEvent) => void = () => undefined
    const core = { subscribe: (listener: (event: PushEvent) => void) => ((emit = listener), () => undefined) }
    const page = (url: string, destroyed = false) => ({ send: vi.fn(), isDestroyed: () => destroyed, getURL: () => url })
    const console1 = page('app://console/index.html')
    const gone = page('app://console/index.html', true)
    const foreign = page('https://evil.example/')
    forwardPushEvents(core, () => [console1, gone, foreign] as unknown as PushTarget[])
    const payload = { profileId: 'p', limit: 1, remaining: 0, resetAt: null, hourRemaining: null, queued: 0, pausedUntil: null, backgroundPaused: false }
    emit({ name: 'rateLimit.state', payload })
    emit({ name: 'not.an.event' as PushEvent['name'], payload })
    expect(console1.send.mock.calls).toEqual([[EVENT_CHANNEL, 'rateLimit.state', payload]])
    expect(gone.send).not.toHaveBeenCalled()
    expect(foreign.send).not.toHaveBeenCalled()
  })
})
