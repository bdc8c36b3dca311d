import { createHash } from 'node:crypto'
import { checkBothSides } from '../../mail/check-inbox'
import type { MailCheck } from '../../mail/endpoint'
import { invented } from '../../wording'
import { endpointsOf } from './endpoints'
import type { SenderAccountRecord, SideHealth } from './record'
import type { SenderRuntime } from './runtime'

const DAY_MS = 86_400_000
/** Days a new inbox is considered warming up (ColdSend's docs recommend a slow ramp; the number is ours). */
const WARMUP_DAYS = 14

// A stable number per inbox so the simulated reputation figures never jump between calls.
function seedOf(inboxId: string): number {
  return createHash('sha256').update(inboxId).digest().readUInt32BE(0)
}

// Simulated deliverability figures: deterministic per inbox, lower for PENDING/DISABLED inboxes.
function reputation(a: SenderAccountRecord, now: Date) {
  const h = seedOf(a.inbox_id)
  const healthy = a.overall_status === 'ACTIVE' || a.overall_status === 'PAUSED'
  const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(a.created_at)) / DAY_MS))
  return {
    reputation_score: healthy ? 72 + (h % 27) : 40 + (h % 30),
    bounce_rate: ((h >>> 8) % 30) / 1000,
    spam_complaint_rate: ((h >>> 16) % 10) / 10_000,
    warmup: { days_active: ageDays, warmup_days: WARMUP_DAYS, complete: ageDays >= WARMUP_DAYS }
  }
}

// S13 body: last real checks per side, sending headroom and the simulated reputation figures.
export function healthView(a: SenderAccountRecord, now: Date) {
  return {
    success: true,
    message: invented.senderHealthRetrieved,
    inbox_id: a.inbox_id,
    email_address: a.email_address,
    overall_status: a.overall_status,
    smtp: { ...a.health.smtp },
    imap: { ...a.health.imap },
    daily_limit: a.daily_limit,
    sent_today: a.sent_today,
    remaining_today: Math.max(0, a.daily_limit - a.sent_today),
    ...reputation(a, now)
  }
}

// One side's stored health after a real check.
export function sideHealth(check: MailCheck, at: string): SideHealth {
  return check.ok ? { ok: true, checked_at: at, error: null } : { ok: false, checked_at: at, error: check.reason }
}

// `?refresh=true`: re-runs both real checks with the stored (decrypted) credentials and records the results.
export async function refreshHealth(rt: SenderRuntime, a: SenderAccountRecord): Promise<void> {
  const secrets = rt.vault.open(a.credentials)
  const unreadable: MailCheck = { ok: false, reason: invented.credentialsUnreadable }
  const result = secrets ? await checkBothSides(endpointsOf(a, secrets), rt.mail) : { smtp: unreadable, imap: unreadable }
  if (rt.closing()) return
  const at = rt.stamp()
  a.health = { smtp: sideHealth(result.smtp, at), imap: sideHealth(result.imap, at) }
  rt.ctx.store.changed()
}
