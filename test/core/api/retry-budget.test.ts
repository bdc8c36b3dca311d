import { describe, expect, it } from 'vitest'
import { RetryBudget } from '../../../src/main/core/api/retry/retry-budget'

describe('retry budget (token bucket per profile)', () => {
  it('allows `capacity` retries in a burst, then none', () => {
    const budget = new RetryBudget({ capacity: 3 })
    expect([1, 2, 3, 4, 5].map(() => budget.tryTakeRetry())).toEqual([true, true, true, false, false])
    expect(budget.available).toBe(0)
  })

  it('refunds 0.1 per success: ten successes buy one retry back', () => {
    const budget = new RetryBudget({ capacity: 2 })
    budget.tryTakeRetry()
    budget.tryTakeRetry()
    for (let i = 0; i < 9; i++) budget.recordSuccess()
    expect(budget.tryTakeRetry()).toBe(false)
    budget.recordSuccess()
    expect(budget.available).toBe(1)
    expect(budget.tryTakeRetry()).toBe(true)
  })

  it('never holds more than its capacity', () => {
    const budget = new RetryBudget({ capacity: 2 })
    for (let i = 0; i < 100; i++) budget.recordSuccess()
    expect(budget.available).toBe(2)
  })

  it('defaults: 10 tokens, 1 per retry, 0.1 back per success', () => {
    const budget = new RetryBudget()
    expect(budget.available).toBe(10)
    let retries = 0
    while (budget.tryTakeRetry()) retries++
    expect(retries).toBe(10)
  })
})
