// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_ERROR_KINDS, GUIDANCE_IDS, type AppError } from '../../src/shared/contract/app-error'
import { ErrorNotice } from '../../src/renderer/src/guidance/ErrorNotice'
import { GUIDANCE } from '../../src/renderer/src/guidance/guidance-table'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { errorBase } from './helpers/fixtures'
import { createFakeFacade } from './helpers/fake-facade'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => useAppStore.getState().reset())
afterEach(cleanup)

// An hour ahead: a rate-limit notice whose window has passed clears itself.
const retryAt = new Date(Date.now() + 3_600_000).toISOString()

const samples: AppError[] = [
  { ...errorBase, kind: 'validation', guidance: 'fix-fields', issues: [{ loc: ['query', 'page'], path: 'page', msg: 'must be ≥ 1', type: 'x', source: 'server' }] },
  { ...errorBase, kind: 'business', guidance: 'pause-then-edit', code: 'campaign_not_modifiable', detail: 'Campaign is active; pause it first.' },
  { ...errorBase, kind: 'auth', guidance: 'add-api-key', reason: 'missing_key' },
  { ...errorBase, kind: 'auth', guidance: 'replace-api-key', reason: 'invalid_key' },
  { ...errorBase, kind: 'forbidden', guidance: 'grant-scopes', required: ['campaigns:create'], granted: ['campaigns:read', 'leads:read'] },
  { ...errorBase, kind: 'not_found', guidance: 'refresh-list', resource: 'campaign' },
  { ...errorBase, kind: 'conflict', guidance: 'resolve-conflict', detail: 'Email already exists', existing: { email: 'a@b.example' } },
  { ...errorBase, kind: 'rate_limited', guidance: 'wait-rate-limit', retryAt },
  { ...errorBase, kind: 'server', guidance: 'retry-later' },
  { ...errorBase, kind: 'unavailable', guidance: 'retry-later' },
  { ...errorBase, kind: 'network', guidance: 'check-network', mayHaveApplied: false },
  { ...errorBase, kind: 'timeout', guidance: 'check-before-resending', mayHaveApplied: true },
  { ...errorBase, kind: 'unknown_outcome', guidance: 'check-before-resending', mayHaveApplied: true },
  { ...errorBase, kind: 'config', guidance: 'choose-profile', reason: 'no_profile' },
  { ...errorBase, kind: 'internal', guidance: 'report-bug' }
]

const show = (error: AppError, onRetry?: () => void) => renderWithFacade(createElement(ErrorNotice, { error, onRetry }), createFakeFacade().facade)

describe('ErrorNotice', () => {
  it('has steps for every guidance id and a sample for every kind', () => {
    for (const id of GUIDANCE_IDS) expect(GUIDANCE[id].steps.length).toBeGreaterThan(0)
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(APP_ERROR_KINDS))
  })

  it.each(samples.map((s) => [`${s.kind}/${s.guidance}`, s] as const))('renders %s as text with no JSON', (_, error) => {
    const { container } = show(error)
    const text = container.textContent ?? ''
    expect(text).not.toMatch(/[{}]/)
    expect(text).toContain(error.message)
    expect(text).toContain(GUIDANCE[error.guidance].steps[0]!)
    const details = container.querySelector('details')
    expect(details?.textContent).toContain('req-123')
    expect(details?.textContent).toContain(error.operation)
    expect(details?.textContent).toContain('500')
  })

  it('lists required and granted scopes for forbidden', () => {
    show(samples[4]!)
    expect(screen.getByText(/Required scopes/).textContent).toContain('campaigns:create')
    expect(screen.getByText(/Granted scopes/).textContent).toContain('campaigns:read, leads:read')
  })

  it('shows the local time a rate limit ends, once, with a countdown', () => {
    const { container } = show(samples[7]!)
    const d = new Date(retryAt)
    const hhmmss = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':')
    expect(screen.getByRole('timer').textContent).toMatch(new RegExp(`^Try again in (59:59|1:00:00) — at ${hhmmss}$`))
    expect((container.textContent ?? '').split(hhmmss)).toHaveLength(2)
  })

  it('says "Start the local server" for a loopback server that is not running, without blaming the network', () => {
    show({ ...errorBase, kind: 'network', guidance: 'start-local-server', mayHaveApplied: false, message: 'Nothing answers at 127.0.0.1:4010 (ECONNREFUSED): the local server is probably not running.' })
    const text = document.body.textContent ?? ''
    expect(text).toContain('Start the local server')
    expect(text).toContain('restart the console')
    expect(text).toContain('npm run sandbox')
    expect(text).not.toMatch(/VPN|proxy/)
  })

  it('tells a missing key from an invalid one and links to Settings', () => {
    show(samples[2]!)
    expect(screen.getByRole('heading', { name: 'No API key' })).toBeTruthy()
    cleanup()
    show(samples[3]!)
    expect(screen.getByRole('heading', { name: 'API key invalid or revoked' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Open Settings' }))
    expect(currentLocation.pathname).toBe('/settings')
  })

  it('offers Retry only when given a retry action', () => {
    const onRetry = vi.fn()
    show(samples[8]!, onRetry)
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalled()
    cleanup()
    show(samples[8]!)
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
  })
})
