import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcMain } from 'electron'
import type { Core } from '../../src/main/core/core-api'
import { registerOperationHandlers } from '../../src/main/electron/ipc-adapter'
import { AppErrorSchema } from '../../src/shared/contract/app-error'
import { parseCallOptions } from '../../src/shared/contract/call-options'
import { OPERATION_NAMES, operationChannel } from '../../src/shared/contract'
import { bootTestCore } from '../support/boot-core'
import { junkValue, seededRandom } from '../support/bridge/fuzz-messages'
import { leaksInternals } from '../support/bridge/leaks-internals'

// The Electron IPC adapter fuzzed through its stand-in ipcMain, with a real core behind it: every
// answer is an envelope, a foreign sender never reaches the core, nothing throws, nothing leaks.

type Handler = (event: unknown, input: unknown, options?: unknown) => Promise<unknown>
const SEED = 41_7_45
const COUNT = 2000

const mainFrame = { url: 'app://console/index.html', parent: null }
const trusted = { sender: { mainFrame }, senderFrame: mainFrame }
const hostileSenders = [
  { sender: { mainFrame }, senderFrame: null },
  { sender: { mainFrame }, senderFrame: { url: 'app://console/index.html', parent: mainFrame } },
  { sender: { mainFrame: { url: 'file:///index.html', parent: null } }, senderFrame: { url: 'file:///index.html', parent: null } },
  { sender: { mainFrame: { url: 'https://evil.example/', parent: null } }, senderFrame: { url: 'https://evil.example/', parent: null } },
  { sender: { mainFrame: { url: 'app://console.evil/index.html', parent: null } }, senderFrame: { url: 'app://console.evil/index.html', parent: null } }
]

// Inputs only structured clone can carry, on top of the JSON junk: dates, maps, typed arrays, bigints.
function ipcJunk(r: () => number): unknown {
  switch (Math.floor(r() * 8)) {
    case 0: return new Date(Math.floor(r() * 1e13))
    case 1: return new Map([['name', 'x'], ['baseUrl', 'http://127.0.0.1:1']])
    case 2: return new Uint8Array(Math.floor(r() * 64))
    case 3: return { csv: new Uint8Array(8), campaign_id: new Uint8Array(4), mapping: new Set(['a']) }
    case 4: return BigInt(Math.floor(r() * 1e9)) * 10n ** 30n
    case 5: return { name: 'x'.repeat(5000), baseUrl: 'javascript:alert(1)', apiKey: ['cs_live_x'] }
    default: {
      // Never null (read as "no input", which is valid for app.info): objects get a key no operation accepts.
      const value = junkValue(r) ?? { zz_unexpected: null }
      return typeof value === 'object' && !Array.isArray(value) ? { ...value, zz_unexpected: true } : value
    }
  }
}

// Call options beside the input: sometimes valid, mostly not (every one of them must be refused or passed on checked).
function optionsJunk(r: () => number): unknown {
  switch (Math.floor(r() * 8)) {
    case 0: return { priority: 'background' }
    case 1: return {}
    case 2: return { priority: junkValue(r) ?? 'interactive' }
    case 3: return { priority: 'background', url: 'http://127.0.0.1:1/', headers: { 'X-API-Key': 'cs_live_x' } }
    case 4: return new Map([['priority', 'background']])
    case 5: return BigInt(Math.floor(r() * 1e9))
    default: return junkValue(r) ?? null
  }
}

describe('IPC adapter fuzz (stand-in ipcMain, real core)', () => {
  let core: Core
  let dataDir: string
  let reachedCore = 0
  const handlers = new Map<string, Handler>()

  beforeAll(async () => {
    const booted = await bootTestCore(undefined, {})
    core = booted.core
    dataDir = booted.dataDir ?? tmpdir()
    const counting: Core = { ...core, invoke: (op, input, options) => ((reachedCore++), core.invoke(op, input, options)) }
    const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) }
    registerOperationHandlers(ipcMain as unknown as Pick<IpcMain, 'handle'>, async () => counting)
  })
  afterAll(() => core?.close())

  it(`answers ${COUNT} malformed calls with envelopes only; foreign senders never reach the core`, async () => {
    const r = seededRandom(SEED)
    // A stream of its own, so the inputs above stay what they were before options existed.
    const ro = seededRandom(SEED + 1)
    const counts = { tried: 0, rejected: 0, accepted: 0, refusedSender: 0, refusedOptions: 0, threw: 0 }
    for (let i = 0; i < COUNT; i++) {
      const name = OPERATION_NAMES[Math.floor(r() * OPERATION_NAMES.length)]!
      const foreign = r() < 0.2
      const sender = foreign ? hostileSenders[Math.floor(r() * hostileSenders.length)]! : trusted
      const before = reachedCore
      counts.tried++
      const withOptions = ro() < 0.3
      const options = withOptions ? optionsJunk(ro) : undefined
      const input = ipcJunk(r)
      let answer: unknown
      try {
        answer = withOptions ? await handlers.get(operationChannel(name))!(sender, input, options) : await handlers.get(operationChannel(name))!(sender, input)
      } catch {
        counts.threw++
        continue
      }
      const text = JSON.stringify(answer, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))
      expect(leaksInternals(text, dataDir), text.slice(0, 300)).toBeNull()
      const envelope = answer as { ok: boolean; error?: unknown }
      if (envelope.ok) counts.accepted++
      else {
        expect(AppErrorSchema.safeParse(envelope.error).success, text.slice(0, 300)).toBe(true)
        counts.rejected++
      }
      if (foreign) {
        counts.refusedSender++
        expect(reachedCore).toBe(before)
        expect(envelope.ok).toBe(false)
      } else if (withOptions && !parseCallOptions(options).ok) {
        counts.refusedOptions++
        expect(reachedCore).toBe(before)
        expect(envelope.error).toMatchObject({ kind: 'validation', guidance: 'fix-request' })
      }
    }
    console.log(`IPC fuzz (seed ${SEED}): ${JSON.stringify(counts)}`)
    expect(counts).toMatchObject({ tried: COUNT, rejected: COUNT, accepted: 0, threw: 0 })
    expect(counts.refusedOptions).toBeGreaterThan(0)
    // The core still answers after all of it.
    expect(await handlers.get(operationChannel('profiles.list'))!(trusted, {})).toMatchObject({ ok: true })
  })
})
