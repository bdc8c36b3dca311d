// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import { MemoryRouter } from 'react-router'
import { ErrorNotice } from '../../src/renderer/src/guidance/ErrorNotice'
import { RateLimitCountdown } from '../../src/renderer/src/guidance/RateLimitCountdown'
import { formatRemaining } from '../../src/renderer/src/guidance/countdown-text'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { errorBase } from './helpers/fixtures'

const NOW = Date.parse('2025-01-15T10:30:00.000Z')
const at = (ms: number) => new Date(NOW + ms).toISOString()
// Local wall-clock HH:MM:SS, as an operator reads it.
const localClock = (iso: string) => {
  const d = new Date(iso)
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':')
}
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms))

function rateLimited(retryInMs: number): AppError {
  return { ...errorBase, kind: 'rate_limited', status: 429, guidance: 'wait-rate-limit', retryable: true, message: "ColdSend's rate limit was reached.", retryAt: at(retryInMs) }
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW })
  useAppStore.getState().reset()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('RateLimitCountdown', () => {
  it('counts down in local time, once a second, and says so when the window has opened', async () => {
    const onElapsed = vi.fn()
    render(createElement(RateLimitCountdown, { retryAt: at(42_000), onElapsed }))
    const timer = screen.getByRole('timer')
    expect(timer.textContent).toBe(`Try again in 0:42 — at ${localClock(at(42_000))}`)
    await advance(1_000)
    expect(timer.textContent).toBe(`Try again in 0:41 — at ${localClock(at(42_000))}`)
    await advance(40_500)
    expect(timer.textContent).toContain('Try again in 0:01')
    expect(onElapsed).not.toHaveBeenCalled()
    await advance(500)
    expect(timer.textContent).toBe('You can try again now.')
    expect(onElapsed).toHaveBeenCalledTimes(1)
    await advance(60_000)
    expect(onElapsed).toHaveBeenCalledTimes(1)
  })

  it('formats minutes and hours', () => {
    expect(formatRemaining(42_000)).toBe('0:42')
    expect(formatRemaining(41_001)).toBe('0:42')
    expect(formatRemaining(125_000)).toBe('2:05')
    expect(formatRemaining(3_729_000)).toBe('1:02:09')
    expect(formatRemaining(-5)).toBe('0:00')
  })
})

describe('ErrorNotice for a rate limit', () => {
  it('shows the time once, locally, with a countdown — and no UTC anywhere', () => {
    const { container } = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(42_000) })))
    const text = container.textContent ?? ''
    expect(text).toContain(`Try again in 0:42 — at ${localClock(at(42_000))}`)
    expect(text.split(localClock(at(42_000)))).toHaveLength(2)
    expect(text).not.toMatch(/UTC/)
  })

  it('retries a read by itself, once, when the window opens, and clears the notice', async () => {
    const onRetry = vi.fn()
    const { container } = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(3_000), onRetry })))
    await advance(2_900)
    expect(onRetry).not.toHaveBeenCalled()
    expect(screen.getByRole('heading', { name: 'Rate limited' })).toBeTruthy()
    await advance(200)
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(container.textContent).toBe('')
    await advance(120_000)
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('with autoRetry off (writes) or no retry action, only clears itself: nothing stale stays', async () => {
    const onRetry = vi.fn()
    const first = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(1_000), onRetry, autoRetry: false })))
    await advance(1_000)
    expect(onRetry).not.toHaveBeenCalled()
    expect(first.container.textContent).toBe('')
    cleanup()
    const second = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(1_000) })))
    expect(second.container.textContent).toContain('Rate limited')
    await advance(1_000)
    expect(second.container.textContent).toBe('')
  })

  it('a window that has already passed clears at once (and retries once)', async () => {
    const onRetry = vi.fn()
    const { container } = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(-5_000), onRetry })))
    await advance(0)
    expect(container.textContent).toBe('')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('a new rate limit after the retry counts down again', async () => {
    const onRetry = vi.fn()
    const view = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(1_000), onRetry })))
    await advance(1_000)
    expect(onRetry).toHaveBeenCalledTimes(1)
    view.rerender(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: rateLimited(3_000), onRetry })))
    expect(view.container.textContent).toContain('Try again in 0:02')
    await advance(2_000)
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('without a retry time it asks to wait a minute, and stays', async () => {
    const { retryAt: _unused, ...noTime } = rateLimited(0) as AppError & { retryAt?: string }
    const { container } = render(createElement(MemoryRouter, null, createElement(ErrorNotice, { error: noTime as AppError })))
    await advance(120_000)
    expect(container.textContent).toContain('Wait a minute before trying again.')
  })
})
