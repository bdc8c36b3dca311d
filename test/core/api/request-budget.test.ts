import { describe, expect, it } from 'vitest'
import { BudgetRefusal, RequestBudget, type RequestBudgetOptions } from '../../../src/main/core/api/budget/request-budget'
import type { RequestBudgetState } from '../../../src/main/core/api/budget/budget-state'
import { ev, request } from './budget-helpers'
import { FakeClock } from './fake-clock'

function setup(options: RequestBudgetOptions = {}) {
  const clock = new FakeClock()
  const states: RequestBudgetState[] = []
  const budget = new RequestBudget({ perMinute: 5, perHour: 1000, windowMs: 1000, maxInFlight: 10, clock, onState: (s) => states.push(s), ...options })
  return { clock, budget, states }
}

describe('request budget: one window', () => {
  it('sends a probe first, then the rest of the window at once', async () => {
    const { clock, budget } = setup()
    const reqs = Array.from({ length: 5 }, () => request(budget))
    await clock.flush()
    expect(reqs.map((r) => r.ticket !== null)).toEqual([true, false, false, false, false])
    await clock.advance(20)
    reqs[0]!.ticket!.settle(ev({ remaining: 4, limit: 5 }))
    await clock.flush()
    expect(reqs.every((r) => r.ticket !== null)).toBe(true)
  })

  it('holds the 6th request until the first response + window length, never earlier', async () => {
    const { clock, budget } = setup()
    const first = request(budget)
    await clock.advance(30) // the probe's round trip
    first.ticket!.settle(ev({ remaining: 4, limit: 5 }))
    const firstAnsweredAt = clock.now()
    const rest = Array.from({ length: 4 }, () => request(budget))
    await clock.flush()
    rest.forEach((r, i) => r.ticket!.settle(ev({ remaining: 3 - i, limit: 5 })))
    const sixth = request(budget)
    await clock.advance(firstAnsweredAt + 999 - clock.now())
    expect(sixth.ticket).toBeNull()
    await clock.advance(1)
    expect(sixth.ticket?.sentAt).toBe(firstAnsweredAt + 1000)
  })

  it('does not send near the earliest possible end of a window that is not full (the boundary zone)', async () => {
    const { clock, budget } = setup({ boundaryMarginMs: 100 })
    const probe = request(budget)
    const sentAt = clock.now()
    await clock.advance(50)
    probe.ticket!.settle(ev({ remaining: 4, limit: 5 }))
    await clock.advance(sentAt + 1000 - 100 - clock.now()) // zone starts at first send + length - margin
    const late = request(budget)
    await clock.flush()
    expect(late.ticket).toBeNull()
    await clock.advance(sentAt + 1049 - clock.now()) // window surely over at first answer + length = sentAt + 1050
    expect(late.ticket).toBeNull()
    await clock.advance(1)
    expect(late.ticket?.sentAt).toBe(sentAt + 1050)
  })

  it('learns the limit from X-RateLimit-Limit', async () => {
    const { clock, budget } = setup({ perMinute: 100 })
    const probe = request(budget)
    await clock.flush()
    probe.ticket!.settle(ev({ remaining: 2, limit: 3 }))
    const more = Array.from({ length: 4 }, () => request(budget))
    await clock.flush()
    expect(more.map((r) => r.ticket !== null)).toEqual([true, true, false, false])
    expect(budget.state()).toMatchObject({ limit: 3, remaining: 0 })
  })

  it('keeps at most maxInFlight requests in flight (interactive may use a little more)', async () => {
    const { clock, budget } = setup({ perMinute: 100, maxInFlight: 2, interactiveExtraInFlight: 1 })
    const probe = request(budget)
    await clock.flush()
    probe.ticket!.settle(ev({ remaining: 99 }))
    const bulk = Array.from({ length: 4 }, () => request(budget, 'bulk'))
    await clock.flush()
    expect(bulk.filter((r) => r.ticket).length).toBe(2)
    const click = request(budget, 'interactive')
    await clock.flush()
    expect(click.ticket).not.toBeNull()
    bulk[0]!.ticket!.settle(ev({ remaining: 90 }))
    await clock.flush()
    expect(bulk.filter((r) => r.ticket).length).toBe(2) // bulk waits while the click holds the third slot
  })
})

describe('request budget: priorities', () => {
  it('serves interactive before bulk before background when a slot frees', async () => {
    const { clock, budget } = setup({ perMinute: 100, maxInFlight: 1, interactiveExtraInFlight: 0 })
    const probe = request(budget, 'bulk')
    await clock.flush()
    const order: string[] = []
    for (const p of ['background', 'bulk', 'interactive'] as const) void budget.acquire(p).then((t) => { order.push(p); t.settle(ev({ remaining: 90 })) })
    probe.ticket!.settle(ev({ remaining: 99 }))
    await clock.flush()
    expect(order).toEqual(['interactive', 'bulk', 'background'])
  })

  it('holds background first when the window runs low (20 % left), while bulk carries on', async () => {
    const { clock, budget } = setup({ perMinute: 10 })
    const probe = request(budget)
    await clock.flush()
    probe.ticket!.settle(ev({ remaining: 9 }))
    const bulk = Array.from({ length: 7 }, () => request(budget, 'bulk'))
    await clock.flush()
    expect(bulk.every((r) => r.ticket)).toBe(true) // 8 used, 2 left = 20 %
    const refresh = request(budget, 'background')
    await clock.flush()
    expect(refresh.ticket).toBeNull()
    expect(budget.state()).toMatchObject({ backgroundPaused: true, queued: { background: 1 } })
    const more = request(budget, 'bulk')
    await clock.flush()
    expect(more.ticket).not.toBeNull()
  })

  it('keeps a reserve for interactive calls while the operator is active, and releases it when idle', async () => {
    const { clock, budget } = setup({ perMinute: 20, interactiveReserve: 0.1, reserveHoldMs: 5000, windowMs: 60_000, maxInFlight: 50 })
    const click = request(budget, 'interactive')
    await clock.flush()
    click.ticket!.settle(ev({ remaining: 19 }))
    const bulk = Array.from({ length: 19 }, () => request(budget, 'bulk'))
    await clock.flush()
    expect(bulk.filter((r) => r.ticket).length).toBe(17) // 1 + 17 = 18 used, 2 kept back
    const second = request(budget, 'interactive', 2000)
    await clock.flush()
    expect(second.ticket).not.toBeNull()
    await clock.advance(5000) // the operator went quiet: bulk may use the rest
    expect(bulk.filter((r) => r.ticket).length).toBe(18)
  })
})

describe('request budget: failing fast and learning from the server', () => {
  it('refuses an interactive call at once with retryAt when the window is spent for longer than it may wait', async () => {
    const { clock, budget } = setup({ perMinute: 2, windowMs: 60_000 })
    const a = request(budget)
    await clock.advance(10)
    a.ticket!.settle(ev({ remaining: 1 }))
    const windowEnd = clock.now() + 60_000
    request(budget)
    await clock.flush()
    const started = clock.now()
    const error = await budget.acquire('interactive', 2000).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BudgetRefusal)
    expect((error as BudgetRefusal).retryAt).toBe(windowEnd)
    expect(clock.now()).toBe(started)
  })

  it('gives up on a queued interactive call when its wait runs out', async () => {
    const { clock, budget } = setup({ perMinute: 100, maxInFlight: 1, interactiveExtraInFlight: 0 })
    const probe = request(budget)
    await clock.flush()
    const click = request(budget, 'interactive', 500)
    await clock.advance(499)
    expect(click.refused).toBeNull()
    await clock.advance(1)
    expect(click.refused).not.toBeNull()
    expect(probe.ticket).not.toBeNull()
  })

  it('corrects its count when the server has counted more than we sent (another client on the key)', async () => {
    const { clock, budget } = setup({ perMinute: 10 })
    const probe = request(budget)
    await clock.flush()
    probe.ticket!.settle(ev({ remaining: 3, limit: 10 })) // 7 counted, we sent 1
    const more = Array.from({ length: 5 }, () => request(budget, 'interactive'))
    await clock.flush()
    expect(more.filter((r) => r.ticket).length).toBe(3)
  })

  it('trusts a Reset a whole second past its own bound (e.g. the hour window binds)', async () => {
    const { clock, budget } = setup({ perMinute: 10, resetSlackMs: 1000 })
    const probe = request(budget)
    await clock.flush()
    const hourEnd = Math.ceil((clock.now() + 1_800_000) / 1000) * 1000
    probe.ticket!.settle(ev({ remaining: 0, limit: 10, resetAt: hourEnd }))
    expect(budget.state().resetAt).toBe(hourEnd + 1000)
    const next = request(budget, 'bulk')
    await clock.advance(1_800_000)
    expect(next.ticket).toBeNull()
    await clock.advance(hourEnd + 1000 - clock.now())
    expect(next.ticket).not.toBeNull()
  })

  it('takes a 429 as "full until retryAt"', async () => {
    const { clock, budget } = setup({ perMinute: 10 })
    const probe = request(budget)
    await clock.flush()
    const retryAt = clock.now() + 7000
    probe.ticket!.settle(ev({ status: 429, remaining: 0, limit: 10, retryAt }))
    const next = request(budget)
    await clock.advance(6999)
    expect(next.ticket).toBeNull()
    await clock.advance(1)
    expect(next.ticket?.sentAt).toBe(retryAt)
  })

  it('without rate headers, sends one at a time and ends the window one length after the last answer', async () => {
    const { clock, budget } = setup({ perMinute: 2 })
    const a = request(budget)
    const b = request(budget)
    await clock.flush()
    expect(b.ticket).toBeNull()
    await clock.advance(10)
    a.ticket!.settle(null)
    await clock.flush()
    expect(b.ticket).not.toBeNull()
    await clock.advance(10)
    b.ticket!.settle(null)
    const lastDone = clock.now()
    const c = request(budget)
    await clock.advance(999)
    expect(c.ticket).toBeNull()
    await clock.advance(1)
    expect(c.ticket?.sentAt).toBe(lastDone + 1000)
  })

  it('also respects the hour window', async () => {
    const { clock, budget } = setup({ perMinute: 5, perHour: 7, windowMs: 1000, hourWindowMs: 60_000 })
    const sent: number[] = []
    const pump = async () => {
      for (;;) {
        const r = request(budget)
        await clock.flush()
        if (!r.ticket) return r
        sent.push(clock.now())
        r.ticket.settle(ev({ remaining: 4 }))
      }
    }
    const waiting = await pump()
    expect(sent.length).toBe(5)
    await clock.advance(1000)
    expect(waiting.ticket).not.toBeNull()
    waiting.ticket!.settle(ev({ remaining: 4 }))
    const next = await pump()
    expect(sent.length + 1).toBe(7)
    await clock.advance(30_000)
    expect(next.ticket).toBeNull()
    expect(budget.state().hourRemaining).toBe(0)
  })
})

describe('request budget: published state', () => {
  it('publishes limit, remaining, reset, queue and pause, coalesced to one update per interval', async () => {
    const { clock, budget, states } = setup({ perMinute: 2, windowMs: 10_000, publishIntervalMs: 100 })
    const a = request(budget)
    await clock.flush()
    a.ticket!.settle(ev({ remaining: 1, limit: 2 }))
    for (let i = 0; i < 5; i++) request(budget)
    await clock.flush()
    const before = states.length
    await clock.advance(100)
    expect(states.length).toBe(before + 1)
    const last = states.at(-1)!
    expect(last).toMatchObject({ limit: 2, remaining: 0, queued: { interactive: 0, bulk: 4, background: 0 }, inFlight: 1 })
    expect(last.resetAt).toBe(last.pausedUntil)
    expect(last.pausedUntil).toBeGreaterThan(clock.now())
  })

  it('rejects waiters when disposed', async () => {
    const { clock, budget } = setup({ perMinute: 1 })
    request(budget)
    const waiting = request(budget)
    await clock.flush()
    budget.dispose()
    await clock.flush()
    expect(waiting.refused).toEqual({ retryAt: null })
  })
})
