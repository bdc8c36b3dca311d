import { newId } from '../../clock'
import { checkInbox } from '../../mail/check-inbox'
import { invented } from '../../wording'
import type { InboxSecrets } from './credentials'
import { endpointsOf } from './endpoints'
import { emailTaken } from './lookup'
import type { InboxSettings, SenderAccountRecord } from './record'
import type { SenderRuntime } from './runtime'

/** A created inbox, or the status and detail of why not (409 duplicate, 400 connection failed). */
export type CreateOutcome = { ok: true; record: SenderAccountRecord } | { ok: false; status: 400 | 409; detail: string }

// The stored record of a freshly verified inbox: ACTIVE, both sides healthy as of now, passwords sealed.
function newInboxRecord(rt: SenderRuntime, settings: InboxSettings, secrets: InboxSecrets): SenderAccountRecord {
  const now = rt.stamp()
  const healthy = { ok: true, checked_at: now, error: null }
  return {
    inbox_id: newId(),
    ...settings,
    overall_status: 'ACTIVE',
    credentials: rt.vault.seal(secrets),
    health: { smtp: { ...healthy }, imap: { ...healthy } },
    sent_today: 0,
    created_at: now,
    updated_at: now
  }
}

// S1 and each S2 row: duplicate check, real SMTP then IMAP check, duplicate re-check (checks take time), store.
export async function createInbox(rt: SenderRuntime, settings: InboxSettings, secrets: InboxSecrets): Promise<CreateOutcome> {
  const state = rt.ctx.store.state
  const duplicate = { ok: false as const, status: 409 as const, detail: invented.senderAccountExists(settings.email_address) }
  if (emailTaken(state, settings.email_address)) return duplicate
  const check = await checkInbox(endpointsOf(settings, secrets), rt.mail)
  if (!check.ok) return { ok: false, status: 400, detail: invented.mailConnectionFailed(check.protocol, check.reason) }
  if (rt.closing()) return { ok: false, status: 400, detail: invented.mailConnectionFailed('SMTP', invented.mailCheckAbandoned) }
  if (emailTaken(state, settings.email_address)) return duplicate
  const record = newInboxRecord(rt, settings, secrets)
  state.sender_accounts.push(record)
  rt.ctx.store.changed()
  return { ok: true, record }
}
