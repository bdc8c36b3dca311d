import { isoSeconds } from '../clock'
import { sealDemoSecrets } from '../resources/sender-accounts/credentials'
import type { InboxStatus, InboxType } from '../resources/sender-accounts/presets'
import type { SenderAccountRecord, SideHealth } from '../resources/sender-accounts/record'
import type { Prng } from '../store/prng'
import { invented } from '../wording'

/** One demo inbox: address, name, type, status, daily limit, age in days, and why it is DISABLED (if it is). */
type DemoInbox = readonly [string, string, InboxType, InboxStatus, number, number, Failure?]
/** The side that failed its last check and the server's words, for DISABLED demo inboxes. */
type Failure = readonly ['smtp' | 'imap', string]

/** Every inbox type in three or four statuses; every status in at least two types. */
const DEMO: readonly DemoInbox[] = [
  ['maya.chen@northwind-growth.example', 'Maya Chen', 'GOOGLE_WORKSPACE', 'ACTIVE', 50, 84],
  ['liam.ortiz@northwind-growth.example', 'Liam Ortiz', 'GOOGLE_WORKSPACE', 'ACTIVE', 40, 61],
  ['hello@northwind-growth.example', 'Northwind Growth', 'GOOGLE_WORKSPACE', 'PAUSED', 30, 47],
  ['ava.patel@northwind-growth.example', 'Ava Patel', 'GOOGLE_WORKSPACE', 'PENDING', 20, 0],
  ['jonas.berg@brightpath-ops.example', 'Jonas Berg', 'OUTLOOK_365', 'ACTIVE', 60, 73],
  ['sofia.rossi@brightpath-ops.example', 'Sofia Rossi', 'OUTLOOK_365', 'ACTIVE', 45, 38],
  ['partners@brightpath-ops.example', 'BrightPath Partnerships', 'OUTLOOK_365', 'PAUSED', 25, 29],
  [
    'noah.kim@brightpath-ops.example',
    'Noah Kim',
    'OUTLOOK_365',
    'DISABLED',
    50,
    55,
    ['smtp', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.']
  ],
  ['elena.novak@quillstack.example', 'Elena Novak', 'CUSTOM_SMTP', 'ACTIVE', 75, 90],
  ['sales@quillstack.example', 'QuillStack Sales', 'CUSTOM_SMTP', 'ACTIVE', 100, 66],
  ['team@quillstack.example', 'QuillStack Team', 'CUSTOM_SMTP', 'PENDING', 100, 1],
  ['outreach@quillstack.example', 'QuillStack Outreach', 'CUSTOM_SMTP', 'DISABLED', 80, 44, ['imap', 'NO [AUTHENTICATIONFAILED] Authentication failed.']]
]

/**
 * Demo hosts are on the reserved `.example` TLD (named after the provider), so a test email or health
 * refresh on a demo inbox fails fast with "host not found" and never logs in to a real provider.
 */
const HOSTS: Record<InboxType, (domain: string) => { smtp: string; imap: string }> = {
  GOOGLE_WORKSPACE: () => ({ smtp: 'smtp.gmail.example', imap: 'imap.gmail.example' }),
  OUTLOOK_365: () => ({ smtp: 'smtp.office365.example', imap: 'outlook.office365.example' }),
  CUSTOM_SMTP: (domain) => ({ smtp: `smtp.${domain}`, imap: `imap.${domain}` })
}

const DAY = 86_400_000
const HOUR = 3_600_000

// The last check of both sides: none yet (PENDING), one failed side (DISABLED), or both fine a few hours ago.
function demoHealth(status: InboxStatus, failure: Failure | undefined, checkedAt: string): { smtp: SideHealth; imap: SideHealth } {
  const fine: SideHealth = { ok: true, checked_at: checkedAt, error: null }
  if (status === 'PENDING') return { smtp: { ok: null, checked_at: null, error: null }, imap: { ok: null, checked_at: null, error: null } }
  if (!failure) return { smtp: fine, imap: { ...fine } }
  const [side, serverText] = failure
  const failed: SideHealth = { ok: false, checked_at: checkedAt, error: `${invented.mailAuthFailed} (${serverText})` }
  return side === 'smtp' ? { smtp: failed, imap: { ...fine } } : { smtp: fine, imap: failed }
}

// One demo inbox, its placeholder passwords sealed with the public demo key (the runtime re-seals them).
function demoInbox(rng: Prng, now: Date, [email, name, type, status, limit, ageDays, failure]: DemoInbox): SenderAccountRecord {
  const created = new Date(now.getTime() - ageDays * DAY - rng.int(1, 20) * HOUR)
  const checked = new Date(Math.max(created.getTime(), now.getTime() - rng.int(1, 18) * HOUR))
  const domain = email.split('@')[1] ?? ''
  const hosts = HOSTS[type](domain)
  const password = `demo-${rng.int(100_000, 999_999)}`
  const iv = Buffer.from(Array.from({ length: 12 }, () => rng.int(0, 255)))
  return {
    inbox_id: rng.uuid(),
    email_address: email,
    display_name: name,
    inbox_type: type,
    smtp_host: hosts.smtp,
    smtp_port: 587,
    smtp_username: email,
    smtp_use_tls: true,
    imap_host: hosts.imap,
    imap_port: 993,
    imap_username: email,
    imap_use_ssl: true,
    daily_limit: limit,
    overall_status: status,
    credentials: sealDemoSecrets({ smtp_password: password, imap_password: password }, iv),
    health: demoHealth(status, failure, isoSeconds(checked)),
    sent_today: status === 'ACTIVE' ? rng.int(0, limit) : 0,
    created_at: isoSeconds(created),
    updated_at: isoSeconds(status === 'ACTIVE' ? created : checked)
  }
}

// Twelve demo inboxes, every inbox type in several statuses, identical for the same PRNG seed (times relative to `now`).
export function seedSenderAccounts(rng: Prng, now: Date): SenderAccountRecord[] {
  return DEMO.map((row) => demoInbox(rng, now, row))
}
