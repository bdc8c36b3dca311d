import { readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EVENT_CHANNEL, OPERATION_NAMES, operationChannel, splitOperationName } from '../../src/shared/contract'
import { ensureShellBuilt } from './support/built-shell'
import { createFakeElectron } from './support/fake-electron.js'

type Facade = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> & {
  on(event: string, listener: (...args: unknown[]) => void): () => void
}

let source: string

beforeAll(() => {
  source = readFileSync(ensureShellBuilt().preload, 'utf8')
}, 180_000)

/**
 * Runs the BUILT preload the way a sandboxed renderer does: a CommonJS function in a fresh global
 * scope (no Node globals) whose `require` only knows `electron`.
 */
function loadPreload() {
  const fake = createFakeElectron({ invokeResult: { ok: true, value: { echoed: true } } })
  const required: string[] = []
  const sandboxRequire = (id: string) => {
    required.push(id)
    if (id === 'electron') return fake.electron
    throw new Error(`a sandboxed preload cannot require('${id}')`)
  }
  const context = createContext({ console, process: { platform: process.platform, env: {}, sandboxed: true, contextIsolated: true } })
  const wrapper = runInContext(`(function (require, module, exports) {${source}\n})`, context) as (...args: unknown[]) => void
  const module = { exports: {} }
  let loadError: unknown = null
  try {
    wrapper(sandboxRequire, module, module.exports)
  } catch (error) {
    loadError = error
  }
  const facade = fake.record.exposed.coldsend as Facade | undefined
  if (!facade) {
    const why = loadError instanceof Error ? loadError.message : 'nothing was exposed'
    return { fake, required, loadError, context, get facade(): Facade { throw new Error(`the preload did not expose window.coldsend: ${why}`) } }
  }
  return { fake, required, loadError, context, facade }
}

describe('built preload (out/preload/index.cjs)', () => {
  let loaded: ReturnType<typeof loadPreload>
  beforeEach(() => {
    loaded = loadPreload()
  })

  it('loads in a sandbox: requires nothing but electron', () => {
    expect(
      loaded.required.filter((id) => id !== 'electron'),
      'a sandboxed preload can only require electron: bundle its dependencies (preload.build.externalizeDeps: false in electron.vite.config.ts)'
    ).toEqual([])
    expect(loaded.loadError).toBeNull()
  })

  it('exposes exactly one object, window.coldsend', () => {
    expect(Object.keys(loaded.fake.record.exposed)).toEqual(['coldsend'])
  })

  it('has one method per contract operation, plus on(), and nothing else', () => {
    const expected = new Map<string, Set<string>>()
    for (const name of OPERATION_NAMES) {
      const [domain, method] = splitOperationName(name)
      expected.set(domain, (expected.get(domain) ?? new Set()).add(method))
      expect(typeof loaded.facade[domain]?.[method], name).toBe('function')
    }
    expect(Object.keys(loaded.facade).sort()).toEqual([...expected.keys(), 'on'].sort())
    for (const [domain, methods] of expected) expect(Object.keys(loaded.facade[domain]!).sort()).toEqual([...methods].sort())
  })

  it('sends coldsend.campaigns.list(input) to coldsend:op:campaigns.list with exactly that input', async () => {
    const input = { page: 2 }
    await expect(loaded.facade.campaigns!.list!(input, undefined, 'smuggled', { extra: 1 })).resolves.toEqual({ ok: true, value: { echoed: true } })
    expect(loaded.fake.record.invocations).toEqual([['coldsend:op:campaigns.list', input]])
    expect(operationChannel('campaigns.list')).toBe('coldsend:op:campaigns.list')
  })

  // contextBridge copies a page's objects into the preload's world; made in the preload's context here, they arrive the same way.
  const inPreload = (source: string): unknown => runInContext(`(${source})`, loaded.context)

  it('sends call options as a third IPC argument only when given, as a fresh copy, never any further argument', async () => {
    const options = inPreload(`{ priority: 'background' }`)
    await loaded.facade.campaigns!.list!({ page: 1 }, options, 'smuggled', { extra: 1 })
    await loaded.facade.campaigns!.list!({ page: 1 }, inPreload('{}'))
    const invocations = loaded.fake.record.invocations as unknown[][]
    expect(invocations).toEqual([
      ['coldsend:op:campaigns.list', { page: 1 }, { priority: 'background' }],
      ['coldsend:op:campaigns.list', { page: 1 }, {}]
    ])
    expect(invocations[0]![2]).not.toBe(options)
  })

  it('replaces options that are not valid with null (main refuses it), so no page object crosses IPC', async () => {
    await loaded.facade.senders!.list!({}, inPreload(`{ priority: 'background', steal: { deep: 'x'.repeat(100) } }`))
    await loaded.facade.senders!.list!({}, inPreload(`Object.defineProperty({}, 'priority', { get: () => 'background', enumerable: true })`))
    await loaded.facade.senders!.list!({}, inPreload(`{ priority: 'interactive' }`))
    await loaded.facade.senders!.list!({}, 'background')
    expect(loaded.fake.record.invocations).toEqual([
      ['coldsend:op:senders.list', {}, null],
      ['coldsend:op:senders.list', {}, null],
      ['coldsend:op:senders.list', {}, null],
      ['coldsend:op:senders.list', {}, null]
    ])
  })

  it('on() hands the listener only the payload of its event, and unsubscribe removes it', () => {
    const seen: unknown[][] = []
    const off = loaded.facade.on('rateLimit.state', (...args) => seen.push(args))
    const payload = { profileId: 'p', limit: 100, remaining: 99, resetAt: null, hourRemaining: null, queued: 0, pausedUntil: null, backgroundPaused: false }
    const ipcEvent = { sender: 'IpcRendererEvent', ports: [] }
    loaded.fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'rateLimit.state', payload)
    loaded.fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'profiles.changed', { other: true })
    expect(seen).toEqual([[payload]])
    expect(loaded.fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1)
    off()
    expect(loaded.fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
    loaded.fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'rateLimit.state', payload)
    expect(seen).toHaveLength(1)
  })

  it('refuses unknown events and non-function listeners', () => {
    expect(() => loaded.facade.on('no.such.event', () => undefined)).toThrow(/Unknown event/)
    expect(() => loaded.facade.on('rateLimit.state', 'nope' as unknown as () => void)).toThrow(/function/)
    expect(loaded.fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0)
  })

  it('is deep-frozen, so page code cannot replace a method', () => {
    const { facade } = loaded
    expect(Object.isFrozen(facade)).toBe(true)
    for (const domain of Object.keys(facade)) expect(Object.isFrozen(facade[domain]), domain).toBe(true)
    expect(() => {
      ;(facade.campaigns as Record<string, unknown>).list = () => 'hijacked'
    }).toThrow(TypeError)
  })
})
