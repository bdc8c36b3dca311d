import { describe, expect, it } from 'vitest'
import { StatePublisher, toRateLimitEvent, type RequestBudgetState } from '../../../src/main/core/api/budget/budget-state'
import { RateLimitStateSchema } from '../../../src/shared/contract/events'
import { FakeClock } from './fake-clock'

const state = (remaining: number): RequestBudgetState => ({
  limit: 100, remaining, resetAt: Date.parse('2024-05-01T12:00:05Z'), hourLimit: 1000, hourRemaining: 900, hourResetAt: null,
  queued: { interactive: 0, bulk: 3, background: 1 }, inFlight: 2, pausedUntil: null, backgroundPaused: false
})

describe('budget state publishing', () => {
  it('emits at once, then at most once per interval with the latest state, skipping repeats', async () => {
    const clock = new FakeClock()
    const seen: number[] = []
    const pub = new StatePublisher(clock, 100, (s) => seen.push(s.remaining))
    pub.update(state(10))
    pub.update(state(9))
    pub.update(state(8))
    expect(seen).toEqual([10])
    await clock.advance(100)
    expect(seen).toEqual([10, 8])
    pub.update(state(8))
    await clock.advance(200)
    expect(seen).toEqual([10, 8])
  })

  it('maps to the rateLimit.state event the contract accepts', () => {
    const event = toRateLimitEvent('p1', state(42))
    expect(RateLimitStateSchema.parse(event)).toEqual({
      profileId: 'p1', limit: 100, remaining: 42, resetAt: '2024-05-01T12:00:05.000Z',
      hourRemaining: 900, queued: 4, pausedUntil: null, backgroundPaused: false
    })
  })
})
