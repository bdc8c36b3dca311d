import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, startWithKey } from './helpers'

type Inbox = { inbox_id: string; email_address: string; overall_status: string; updated_at: string }

describe('S12 pause / resume (seeded inboxes)', () => {
  let sandbox: SandboxHandle
  let key: string
  let inboxes: Inbox[]
  const act = (id: string, action: 'pause' | 'resume') => call(sandbox, `/sender-accounts/${id}/${action}`, { key, method: 'POST' })
  const statusOf = async (id: string) => ((await call(sandbox, `/sender-accounts/${id}`, { key })).body as Inbox).overall_status
  const first = (status: string) => inboxes.find((a) => a.overall_status === status)!

  beforeAll(async () => {
    ;({ sandbox, key } = await startWithKey({ rateLimit: NO_RATE_LIMIT }))
    inboxes = ((await call(sandbox, '/sender-accounts?limit=100', { key })).body as { sender_accounts: Inbox[] }).sender_accounts
  })
  afterAll(() => sandbox.close())

  it('pauses an ACTIVE inbox and resumes it, toggling overall_status both in the answer and in the stored inbox', async () => {
    const inbox = first('ACTIVE')
    const paused = await act(inbox.inbox_id, 'pause')
    expect(paused.status).toBe(200)
    expect(paused.body).toEqual({
      success: true,
      message: 'Sender account paused successfully',
      inbox_id: inbox.inbox_id,
      email_address: inbox.email_address,
      overall_status: 'PAUSED',
      updated_at: expect.stringMatching(/Z$/)
    })
    expect(await statusOf(inbox.inbox_id)).toBe('PAUSED')
    expect((await call(sandbox, '/sender-accounts?status=PAUSED&limit=100', { key })).body).toMatchObject({
      sender_accounts: expect.arrayContaining([expect.objectContaining({ inbox_id: inbox.inbox_id })])
    })
    const resumed = await act(inbox.inbox_id, 'resume')
    expect([resumed.status, (resumed.body as Inbox).overall_status, (resumed.body as { message: string }).message]).toEqual([
      200,
      'ACTIVE',
      'Sender account resumed successfully'
    ])
    expect(await statusOf(inbox.inbox_id)).toBe('ACTIVE')
  })

  it('refuses pausing what is not ACTIVE and resuming what is not PAUSED (400, status unchanged)', async () => {
    const cases = [
      ['pause', 'PAUSED', 'Only ACTIVE sender accounts can be paused (sender account is PAUSED)'],
      ['pause', 'PENDING', 'Only ACTIVE sender accounts can be paused (sender account is PENDING)'],
      ['pause', 'DISABLED', 'Only ACTIVE sender accounts can be paused (sender account is DISABLED)'],
      ['resume', 'ACTIVE', 'Only PAUSED sender accounts can be resumed (sender account is ACTIVE)'],
      ['resume', 'DISABLED', 'Only PAUSED sender accounts can be resumed (sender account is DISABLED)']
    ] as const
    for (const [action, status, detail] of cases) {
      const inbox = first(status)
      const res = await act(inbox.inbox_id, action)
      expect([action, status, res.status, res.body]).toEqual([action, status, 400, { detail }])
      expect(await statusOf(inbox.inbox_id)).toBe(status)
    }
  })

  it('only lets ACTIVE inboxes send a test email', async () => {
    const paused = first('PAUSED')
    const res = await call(sandbox, `/sender-accounts/${paused.inbox_id}/test-email`, { key, json: { recipient_email: 'qa@acme-mail.example' } })
    expect([res.status, res.body]).toEqual([400, { detail: 'Only ACTIVE sender accounts can send a test email (sender account is PAUSED)' }])
  })
})
