import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startSandbox } from '../../src/sandbox'
import { INBOX_STATUSES, INBOX_TYPES, PROVIDER_PRESETS } from '../../src/sandbox/resources/sender-accounts/presets'
import { SenderAccountRecordSchema } from '../../src/sandbox/resources/sender-accounts/record'
import { seededState } from '../../src/sandbox/seed/state'
import type { SandboxState } from '../../src/sandbox/store/state'
import { NO_RATE_LIMIT } from './campaigns-fixtures'
import { call, tempDir } from './helpers'

const NOW = new Date('2025-03-10T12:00:00Z')

describe('seeded sender accounts', () => {
  const state = seededState(NOW)
  const inboxes = state.sender_accounts

  it('is deterministic, valid records, unique addresses', () => {
    expect(JSON.stringify(seededState(NOW).sender_accounts)).toBe(JSON.stringify(inboxes))
    for (const a of inboxes) expect(SenderAccountRecordSchema.safeParse(a).success).toBe(true)
    expect(new Set(inboxes.map((a) => a.email_address.toLowerCase())).size).toBe(inboxes.length)
    expect(new Set(inboxes.map((a) => a.inbox_id)).size).toBe(inboxes.length)
  })

  it('has every inbox type in at least three statuses and every status in at least two types', () => {
    for (const type of INBOX_TYPES) {
      expect(new Set(inboxes.filter((a) => a.inbox_type === type).map((a) => a.overall_status)).size, type).toBeGreaterThanOrEqual(3)
    }
    for (const status of INBOX_STATUSES) {
      expect(new Set(inboxes.filter((a) => a.overall_status === status).map((a) => a.inbox_type)).size, status).toBeGreaterThanOrEqual(2)
    }
  })

  it('keeps limits within the provider maxima and sending within the limit (only ACTIVE inboxes sent today)', () => {
    for (const a of inboxes) {
      expect(a.daily_limit).toBeLessThanOrEqual(PROVIDER_PRESETS[a.inbox_type as keyof typeof PROVIDER_PRESETS].maxDailyLimit)
      expect(a.sent_today).toBeLessThanOrEqual(a.daily_limit)
      if (a.overall_status !== 'ACTIVE') expect(a.sent_today).toBe(0)
      expect(a.created_at <= a.updated_at && a.updated_at <= `${NOW.toISOString().slice(0, 19)}Z`).toBe(true)
    }
  })

  it('gives health that fits the status: PENDING never checked, DISABLED with one failed side, the rest healthy', () => {
    for (const a of inboxes) {
      const sides = [a.health.smtp, a.health.imap]
      if (a.overall_status === 'PENDING') expect(sides.every((s) => s.ok === null && s.checked_at === null)).toBe(true)
      else if (a.overall_status === 'DISABLED') {
        expect(sides.filter((s) => s.ok === false).length).toBe(1)
        expect(sides.find((s) => s.ok === false)?.error).toMatch(/^authentication failed \(.+\)$/)
      } else expect(sides.every((s) => s.ok === true && s.error === null && s.checked_at !== null)).toBe(true)
    }
  })

  it('points at reserved .example hosts only (a demo inbox never logs in to a real provider) and stores no plain password', () => {
    for (const a of inboxes) {
      expect([a.smtp_host, a.imap_host, a.email_address].every((h) => h.endsWith('.example'))).toBe(true)
      expect(a.credentials).toMatch(/^[A-Za-z0-9+/]+=*$/)
      expect(Buffer.from(a.credentials, 'base64').toString('latin1')).not.toMatch(/password|demo-/)
    }
  })

  it('assigns only seeded, ACTIVE inboxes to campaigns', () => {
    const byId = new Map(inboxes.map((a) => [a.inbox_id, a]))
    const assigned = state.campaigns.flatMap((c) => c.inboxes)
    expect(assigned.length).toBeGreaterThan(0)
    for (const i of assigned) expect(byId.get(i.inbox_id)?.overall_status).toBe('ACTIVE')
  })
})

describe('seeded sender accounts in a running sandbox', () => {
  it('re-seals the demo credentials with the data dir key, so a test email gets as far as the (unreachable) demo host', async () => {
    const { dir, cleanup } = await tempDir()
    const sandbox = await startSandbox({ dataDir: dir, rateLimit: NO_RATE_LIMIT, tuning: { mailTimeoutMs: 1500 } })
    try {
      const key = sandbox.issueKey({ scopes: ['*'], name: 'seed' })
      const list = (await call(sandbox, '/sender-accounts?status=ACTIVE&limit=1', { key })).body as { sender_accounts: Array<{ inbox_id: string }> }
      const active = list.sender_accounts[0]!
      const res = await call(sandbox, `/sender-accounts/${active.inbox_id}/test-email`, { key, json: { recipient_email: 'qa@acme-mail.example' } })
      expect([res.status, res.body]).toEqual([400, { detail: 'SMTP connection failed: host not found' }])
      await sandbox.close()
      const onDisk = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as SandboxState
      const demoSealed = new Map(seededState(NOW).sender_accounts.map((a) => [a.inbox_id, a.credentials]))
      expect(onDisk.sender_accounts.map((a) => a.inbox_id)).toEqual([...demoSealed.keys()])
      for (const a of onDisk.sender_accounts) expect(a.credentials).not.toBe(demoSealed.get(a.inbox_id))
    } finally {
      await sandbox.close()
      await cleanup()
    }
  })
})
