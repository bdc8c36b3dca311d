import { describe, expect, it } from 'vitest'
import { createDispatcher, type Handlers } from '../../src/main/core/dispatcher'
import { makeAppError, raise } from '../../src/main/core/errors/app-error-factory'
import { createConsoleLog } from '../../src/main/core/log/console-log'
import { Redactor } from '../../src/main/core/log/redactor'

const lines: string[] = []
const log = createConsoleLog(new Redactor(), (l) => lines.push(l))
const calls: unknown[] = []
const optionsSeen: unknown[] = []
const handlers = {
  'campaigns.list': async (input: unknown, options: unknown) => {
    calls.push(input)
    optionsSeen.push(options)
    return { campaigns: [{ campaign_id: 'c1', name: 'Launch week', status: 'DRAFT', extra_field: 1 }], pagination: { page: 1, limit: 20, total: 1, pages: 1, has_next: false, has_prev: false }, success: true }
  },
  'campaigns.get': async () => ({ unexpected: true }),
  'campaigns.create': async () => raise(makeAppError({ kind: 'conflict', detail: 'dup', operation: 'x', guidance: 'resolve-conflict', message: 'dup' })),
  'app.info': async () => { throw new Error('boom cs_live_SECRETSECRETSECRET') }
} as unknown as Handlers
const invoke = createDispatcher(handlers, log)

describe('dispatcher', () => {
  it('rejects unknown keys before any handler runs', async () => {
    calls.length = 0
    const result = await invoke('campaigns.list', { page: 1, url: 'http://evil' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.kind).toBe('validation')
    expect(calls).toHaveLength(0)
  })
  it('rejects out-of-bound values and unknown operations', async () => {
    expect((await invoke('campaigns.list', { limit: 1000 })).ok).toBe(false)
    const unknown = await invoke('shell.exec', {})
    expect(!unknown.ok && unknown.error.kind).toBe('internal')
  })
  it('keeps unknown response keys and fills counter defaults', async () => {
    const result = await invoke('campaigns.list', { page: 2 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const value = result.value as { campaigns: Array<Record<string, unknown>>; success: boolean }
    expect(value.campaigns[0]).toMatchObject({ extra_field: 1, sent_count: 0 })
    expect(value.success).toBe(true)
    expect(calls.at(-1)).toEqual({ page: 2 })
  })
  it('turns a response of the wrong shape into a server error', async () => {
    const result = await invoke('campaigns.get', { campaign_id: 'c1' })
    expect(!result.ok && result.error.kind).toBe('server')
  })
  it('passes AppErrors through as envelopes with the operation name', async () => {
    const result = await invoke('campaigns.create', { name: 'Launch week' })
    expect(!result.ok && result.error).toMatchObject({ kind: 'conflict', operation: 'campaigns.create' })
  })
  it('hides unexpected exceptions and logs them redacted', async () => {
    const result = await invoke('app.info', {})
    expect(!result.ok && result.error.kind).toBe('internal')
    expect(JSON.stringify(result)).not.toContain('SECRET')
    expect(lines.join('\n')).not.toContain('SECRETSECRET')
    expect(lines.join('\n')).toContain('app.info')
  })
  it('refuses inputs that are not plain objects (a Map or Date reads as {} to a schema), before any handler', async () => {
    calls.length = 0
    for (const input of [new Map([['page', 1]]), new Date(), new Uint8Array(4), Object.create({ page: 1 }) as object]) {
      const result = await invoke('campaigns.list', input)
      expect(!result.ok && result.error.kind).toBe('validation')
    }
    expect(calls).toHaveLength(0)
    expect((await invoke('campaigns.list', Object.assign(Object.create(null) as object, { page: 1 }))).ok).toBe(true)
  })
  it('survives a parse that throws (hostile nesting) and a handler that throws, always answering an envelope', async () => {
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { page: deep }
    const result = await invoke('campaigns.list', deep)
    expect(result.ok).toBe(false)
  })
  it('scrubs every outgoing envelope through the boundary redactor', async () => {
    const redactor = new Redactor()
    redactor.remember('Launch week')
    const scrubbed = createDispatcher(handlers, log, () => undefined, (v) => redactor.outgoing(v))
    const result = await scrubbed('campaigns.list', {})
    expect(JSON.stringify(result)).not.toContain('Launch week')
    expect(JSON.stringify(result)).toContain('[redacted]')
  })
  it('hands the handler the checked call options: {} when none were given, a fresh copy otherwise', async () => {
    optionsSeen.length = 0
    const asked = { priority: 'background' }
    expect((await invoke('campaigns.list', {})).ok).toBe(true)
    expect((await invoke('campaigns.list', {}, {})).ok).toBe(true)
    expect((await invoke('campaigns.list', {}, asked)).ok).toBe(true)
    expect(optionsSeen).toEqual([{}, {}, { priority: 'background' }])
    expect(optionsSeen[2]).not.toBe(asked)
  })
  it('refuses call options that are not strictly { priority: "background" } as invalid input, before any handler, and reports the failure', async () => {
    calls.length = 0
    const failures: Array<[string, string]> = []
    const strict = createDispatcher(handlers, log, (operation, error) => void failures.push([operation, error.kind]))
    const bad = [null, 'background', [], { priority: 'interactive' }, { priority: 'bulk' }, { priority: 'background', extra: true }, new Map(), { __proto__: null, url: 'x' }]
    for (const options of bad) {
      const result = await strict('campaigns.list', { page: 1 }, options)
      expect(result.ok, JSON.stringify(options)).toBe(false)
      expect(!result.ok && result.error).toMatchObject({ kind: 'validation', guidance: 'fix-request', operation: 'campaigns.list', attempts: 0, issues: [] })
    }
    expect(calls).toHaveLength(0)
    expect(failures).toEqual(bad.map(() => ['campaigns.list', 'validation']))
  })
})
