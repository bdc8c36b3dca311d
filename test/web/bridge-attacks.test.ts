import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { AppErrorSchema } from '../../src/shared/contract/app-error'
import { encodeBinaryRequest, MAX_TEXT_MESSAGE_BYTES } from '../../src/shared/bridge-protocol'
import { MAX_CSV_BYTES } from '../../src/shared/contract/leads'
import { startBrowserMode, type BrowserModeProcess } from '../support/browser-mode'
import { bridgeAnswers, bridgeTarget, callBridge, openBridge, type BridgeTarget } from '../support/bridge/bridge-client'
import { fuzzMessages } from '../support/bridge/fuzz-messages'
import { leaksInternals } from '../support/bridge/leaks-internals'
import { closePayload, encodeFrame, sendBadFrame } from '../support/bridge/raw-frames'

// Probes from the security review, run against the built browser-mode process: one bad frame or one
// hostile message must close at most that socket, never the process (and with it the sandbox).

const FUZZ_SEED = 20261202
const FUZZ_COUNT = 2000

// Sends one message and waits for the next reply on that socket (or its close); push events are skipped.
function exchange(ws: WebSocket, data: string | Buffer): Promise<{ reply: string | null; closed: boolean }> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const text = raw.toString()
      if (!text.startsWith('{"type":"event"')) finish({ reply: text, closed: false })
    }
    const onClose = () => finish({ reply: null, closed: true })
    const finish = (outcome: { reply: string | null; closed: boolean }) => {
      ws.off('message', onMessage)
      ws.off('close', onClose)
      resolve(outcome)
    }
    ws.on('message', onMessage)
    ws.on('close', onClose)
    ws.send(data, { binary: typeof data !== 'string' })
  })
}

describe('browser-mode bridge under attack (built process, authenticated socket)', () => {
  let app: BrowserModeProcess
  let target: BridgeTarget
  let dataDir: string

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cs-attack-'))
    app = await startBrowserMode(dataDir)
    target = bridgeTarget(app.url)
  })
  afterAll(async () => {
    await app?.stop()
  })

  const alive = async () => app.child.exitCode === null && app.child.signalCode === null && (await bridgeAnswers(target))

  it.each([
    ['invalid UTF-8 in a text frame', encodeFrame({ opcode: 0x1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }), 1007],
    ['a length header over the payload limit', encodeFrame({ opcode: 0x2, payload: Buffer.alloc(8), claimedLength: 2n ** 40n }), 1009],
    ['an unmasked client frame', encodeFrame({ opcode: 0x1, payload: Buffer.from('{}'), masked: false }), 1002],
    ['RSV1 without a negotiated extension', encodeFrame({ opcode: 0x1, payload: Buffer.from('{}'), rsv1: true }), 1002],
    ['a reserved opcode', encodeFrame({ opcode: 0x3, payload: Buffer.from('{}') }), 1002],
    ['a close code of 999', encodeFrame({ opcode: 0x8, payload: closePayload(999) }), 1002],
    ['a fragmented control frame', encodeFrame({ opcode: 0x9, payload: Buffer.from('x'), fin: false }), 1002],
    ['a continuation with nothing to continue', encodeFrame({ opcode: 0x0, payload: Buffer.from('x') }), 1002],
    ['a ping longer than 125 bytes', encodeFrame({ opcode: 0x9, payload: Buffer.alloc(200) }), 1002]
  ])('closes the socket on %s with the right code, and the process lives', async (_name, frame, code) => {
    const outcome = await sendBadFrame(target, frame)
    expect(outcome.closeCode).toBe(code)
    expect(outcome.socketClosed).toBe(true)
    expect(await alive()).toBe(true)
  })

  it('closes with 1009 a text message over the 1 MiB limit (file bytes go as binary), and lives', async () => {
    const ws = await openBridge(target)
    const outcome = await exchange(ws, JSON.stringify({ id: 1, op: 'profiles.list', input: { pad: 'x'.repeat(MAX_TEXT_MESSAGE_BYTES) } }))
    expect(outcome.closed).toBe(true)
    expect(await alive()).toBe(true)
  })

  it(`answers ${FUZZ_COUNT} malformed messages with envelopes only: no crash, no stack, no path`, async () => {
    const messages = fuzzMessages(FUZZ_SEED, FUZZ_COUNT)
    const counts = { tried: 0, rejected: 0, accepted: 0, closed: 0, crashed: 0 }
    const kinds = new Map<string, number>()
    let ws = await openBridge(target)
    for (const message of messages) {
      counts.tried++
      kinds.set(message.kind, (kinds.get(message.kind) ?? 0) + 1)
      const outcome = await exchange(ws, message.data)
      if (outcome.closed) {
        counts.closed++
        ws = await openBridge(target)
        continue
      }
      const reply = outcome.reply ?? ''
      expect(leaksInternals(reply, dataDir), reply.slice(0, 300)).toBeNull()
      const parsed = JSON.parse(reply) as { type: string; result: { ok: boolean; error?: unknown } }
      expect(parsed.type, reply.slice(0, 300)).toBe('result')
      if (parsed.result.ok) counts.accepted++
      else {
        counts.rejected++
        expect(AppErrorSchema.safeParse(parsed.result.error).success, reply.slice(0, 300)).toBe(true)
      }
    }
    ws.close()
    if (!(await alive())) counts.crashed++
    console.log(`bridge fuzz (seed ${FUZZ_SEED}): ${JSON.stringify(counts)}; kinds ${JSON.stringify(Object.fromEntries(kinds))}`)
    expect(counts).toMatchObject({ tried: FUZZ_COUNT, rejected: FUZZ_COUNT, accepted: 0, closed: 0, crashed: 0 })
    expect(kinds.get('bad-options')).toBeGreaterThan(0)
    expect(kinds.get('binary-bad-options')).toBeGreaterThan(0)
  })

  it('answers a flood with "slow down" envelopes instead of serving it without end, and lives', async () => {
    const ws = await openBridge(target)
    const replies: string[] = []
    ws.on('message', (data) => replies.push(data.toString()))
    const sent = 1500
    for (let i = 0; i < sent; i++) ws.send(JSON.stringify({ id: i, op: 'app.info', input: {} }))
    await expect.poll(() => replies.length, { timeout: 20_000 }).toBe(sent)
    const limited = replies.filter((r) => (JSON.parse(r) as { result: { error?: { kind: string } } }).result.error?.kind === 'rate_limited')
    expect(limited.length).toBeGreaterThan(0)
    ws.close()
    expect(await alive()).toBe(true)
  })

  it('uploads a 45 MB CSV as one binary frame to the embedded sandbox, and refuses one byte over 50 MB', async () => {
    const ws = await openBridge(target)
    const listed = await callBridge(ws, 1, 'campaigns.list', { limit: 100 })
    const campaigns = (listed.result.value as { campaigns: Array<{ campaign_id: string; status: string }> }).campaigns
    const draft = campaigns.find((c) => c.status === 'DRAFT')
    expect(draft).toBeDefined()
    const note = 'n'.repeat(4_990)
    const rows = Array.from({ length: 9_000 }, (_, i) => `lead${i}@bulk.example,${note}`)
    const csv = Buffer.from(`Email,Notes\n${rows.join('\n')}\n`)
    expect(csv.length).toBeGreaterThan(45_000_000)
    const upload = (id: number, bytes: Uint8Array) =>
      exchange(ws, Buffer.from(encodeBinaryRequest({ id, op: 'leads.upload', input: { campaign_id: draft!.campaign_id, file_name: 'big.csv', mapping: { email: 'Email', notes: 'Notes' } }, bytesField: 'csv' }, bytes)))
    const started = await upload(2, csv)
    expect(JSON.parse(started.reply ?? '{}')).toMatchObject({ id: 2, result: { ok: true, value: { job_id: expect.any(String) } } })

    const tooBig = await upload(3, new Uint8Array(MAX_CSV_BYTES + 1))
    expect(JSON.parse(tooBig.reply ?? '{}')).toMatchObject({ id: 3, result: { ok: false, error: { kind: 'validation', issues: [{ path: 'csv' }] } } })
    ws.close()
    expect(await alive()).toBe(true)
  })

  // Last: its API call publishes rate-limit events, which the flood test above would count as replies.
  it('serves a read marked background, and answers bad call options with the invalid-input envelope of that call', async () => {
    const ws = await openBridge(target)
    const background = await exchange(ws, JSON.stringify({ id: 1, op: 'campaigns.list', input: { limit: 1 }, options: { priority: 'background' } }))
    expect(JSON.parse(background.reply ?? '{}')).toMatchObject({ id: 1, result: { ok: true, value: { campaigns: expect.any(Array) } } })
    const refused = await exchange(ws, JSON.stringify({ id: 2, op: 'campaigns.list', input: { limit: 1 }, options: { priority: 'background', url: 'http://127.0.0.1:1/' } }))
    expect(JSON.parse(refused.reply ?? '{}')).toMatchObject({ id: 2, result: { ok: false, error: { kind: 'validation', guidance: 'fix-request', operation: 'campaigns.list' } } })
    ws.close()
    expect(await alive()).toBe(true)
  })
})
