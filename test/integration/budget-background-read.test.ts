import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Envelope } from '../../src/shared/contract/envelope'
import type { ProfileView } from '../../src/shared/contract/profiles'
import { type Harness, startHarness } from '../core/api/support/sandbox-harness'
import { bootTunedCore, type TunedCore } from '../support/boot-tuned-core'

const LIMIT = 6
const WINDOW_MS = 5000
// Background work stops when half the window is spent: after 3 requests, 3 remain for interactive calls.
const BACKGROUND_RESERVE = 0.5
const WARM_UP = LIMIT * BACKGROUND_RESERVE

/*
 * Through the whole core (dispatcher → API handler → the profile's request budget) against the real
 * sandbox over HTTP, its limiter and the budget both at 6 requests a 5 s window. Once the window is
 * low, a read the renderer marked `{ priority: 'background' }` waits for the next window, while an
 * interactive read of the same operation and a write marked background (never demoted) are served
 * at once. Asserted as order of service — the sandbox's own request log and the order the answers
 * came back — never as durations.
 */
describe('a background read waits behind interactive work when the request budget is low (core, real sandbox)', () => {
  let h: Harness
  let booted: TunedCore

  beforeAll(async () => {
    h = await startHarness({ faults: false, rateLimit: { perMinute: LIMIT, perHour: 10_000, windowMs: WINDOW_MS } })
    booted = await bootTunedCore({
      embeddedSandbox: false,
      clients: {
        // One request at a time, so the order the budget grants slots is the order the sandbox serves them.
        budget: { perMinute: LIMIT, perHour: 10_000, windowMs: WINDOW_MS, backgroundReserve: BACKGROUND_RESERVE, maxInFlight: 1, interactiveExtraInFlight: 0, publishIntervalMs: 10 },
        // On a slow machine an interactive call may meet the window's end: let it queue rather than fail fast.
        client: { retryPolicies: { interactive: { maxQueueWaitMs: 60_000 } } }
      }
    })
    const profile = await booted.call<ProfileView>('profiles.save', { name: 'Budget', baseUrl: h.sandbox.baseUrl, apiKey: h.key })
    await booted.call('profiles.activate', { id: profile.id })
  })
  afterAll(async () => {
    await booted?.close()
    await h?.close()
  })

  it('serves the interactive read and the write first, then the background read issued before them', { timeout: 60_000 }, async () => {
    for (let i = 0; i < WARM_UP; i++) await booted.call('campaigns.list', { limit: 1 })
    const before = h.seen().length
    const served: string[] = []
    const track = (name: string, call: Promise<Envelope<unknown>>) =>
      call.then((envelope) => {
        served.push(name)
        return envelope
      })

    const eventsBefore = booted.events.length
    const background = track('background read', booted.core.invoke('campaigns.list', { limit: 1 }, { priority: 'background' }))
    // The budget says it holds the background read (queued, background paused) before anything else is asked.
    await expect
      .poll(() => booted.events.slice(eventsBefore).map((e) => JSON.parse(e) as { name: string; payload: { queued: number; backgroundPaused: boolean } })
        .some((e) => e.name === 'rateLimit.state' && e.payload.queued === 1 && e.payload.backgroundPaused), { timeout: 10_000 })
      .toBe(true)

    const interactive = await track('interactive read', booted.core.invoke('campaigns.list', { limit: 1 }))
    const write = await track('write marked background', booted.core.invoke('campaigns.create', { name: 'Never demoted' }, { priority: 'background' }))
    expect(interactive.ok).toBe(true)
    expect(write).toMatchObject({ ok: true, value: { name: 'Never demoted' } })
    // The background read has not reached the sandbox yet: it was issued first, and is still waiting.
    expect(served).toEqual(['interactive read', 'write marked background'])
    expect(h.seen().slice(before).map((r) => `${r.method} ${r.path} ${r.outcome}`)).toEqual(['GET /campaigns 200', 'POST /campaigns 201'])

    expect(await background).toMatchObject({ ok: true, value: { campaigns: expect.any(Array) } })
    expect(served).toEqual(['interactive read', 'write marked background', 'background read'])
    expect(h.seen().slice(before).map((r) => `${r.method} ${r.path} ${r.outcome}`)).toEqual(['GET /campaigns 200', 'POST /campaigns 201', 'GET /campaigns 200'])
    // The sandbox never had to refuse anything: the budget kept every request inside its window.
    expect(h.seen().filter((r) => r.outcome === '429')).toEqual([])
  })

  it('refuses malformed call options as invalid input, sending nothing', async () => {
    const before = h.seen().length
    const refused = await booted.core.invoke('campaigns.list', { limit: 1 }, { priority: 'interactive' })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', guidance: 'fix-request', operation: 'campaigns.list' } })
    expect(h.seen().length).toBe(before)
  })
})
