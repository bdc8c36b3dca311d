import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { type SenderAccountRecord, SenderAccountRecordSchema } from '../../src/sandbox/resources/sender-accounts/record'
import { seededState } from '../../src/sandbox/seed/state'
import type { CampaignRecord, SandboxState } from '../../src/sandbox/store/state'
import { tempDir } from './helpers'

/** Rate limits high enough that a long scenario never meets a 429. */
export const NO_RATE_LIMIT = { perMinute: 100_000, perHour: 1_000_000 }

/** A sandbox started from a state the test arranged, plus what it needs to inspect and clean up. */
export interface ArrangedSandbox {
  sandbox: SandboxHandle
  key: string
  state: SandboxState
  dataDir: string
  warnings: string[]
  cleanup(): Promise<void>
}

// The seeded campaign with this name (the demo names are fixed).
export function seededCampaign(state: SandboxState, name: string): CampaignRecord {
  const found = state.campaigns.find((c) => c.name === name)
  if (!found) throw new Error(`no seeded campaign named ${name}`)
  return found
}

// A sender account to assign: a seeded one (ACTIVE preferred) when the sender-accounts seed provides any, else a
// stand-in checked against the live record schema so a layout change fails here, loudly, not as a "corrupt" state.
export function ensureInbox(state: SandboxState): SenderAccountRecord {
  const seeded = state.sender_accounts.find((a) => a.overall_status === 'ACTIVE') ?? state.sender_accounts[0]
  if (seeded) return seeded
  const stamp = '2024-01-15T10:30:00Z'
  const side = { ok: true, checked_at: stamp, error: null }
  const inbox = {
    inbox_id: '0b6f4a1e-2f43-4c55-9a36-6a1f0e7d2c11',
    email_address: 'outreach@fixture.example',
    display_name: 'Fixture Outreach',
    inbox_type: 'CUSTOM_SMTP',
    smtp_host: 'smtp.fixture.example',
    smtp_port: 587,
    smtp_username: 'outreach@fixture.example',
    smtp_use_tls: true,
    imap_host: 'imap.fixture.example',
    imap_port: 993,
    imap_username: 'outreach@fixture.example',
    imap_use_ssl: true,
    daily_limit: 100,
    overall_status: 'ACTIVE',
    credentials: 'AAAA',
    health: { smtp: side, imap: side },
    sent_today: 0,
    created_at: stamp,
    updated_at: stamp
  }
  const parsed = SenderAccountRecordSchema.safeParse(inbox)
  if (!parsed.success) throw new Error(`fixture inbox no longer matches SenderAccountRecordSchema: ${parsed.error.message}`)
  state.sender_accounts.push(parsed.data)
  return parsed.data
}

// Starts a sandbox whose state.json is the demo state after `arrange` changed it (loaded, not re-seeded).
export async function startArranged(arrange: (state: SandboxState) => void = () => {}, scopes: string[] = ['*']): Promise<ArrangedSandbox> {
  const { dir, cleanup } = await tempDir()
  const state = seededState(new Date())
  arrange(state)
  await writeFile(join(dir, 'state.json'), JSON.stringify(state))
  const warnings: string[] = []
  const log = (line: string) => {
    if (line.startsWith('sandbox: warning')) warnings.push(line)
  }
  const sandbox = await startSandbox({ port: 0, dataDir: dir, rateLimit: NO_RATE_LIMIT, log })
  if (warnings.length > 0) throw new Error(`arranged state was refused: ${warnings.join('; ')}`)
  const key = sandbox.issueKey({ scopes, name: 'arranged' })
  return {
    sandbox,
    key,
    state,
    dataDir: dir,
    warnings,
    cleanup: async () => {
      await sandbox.close()
      await cleanup()
    }
  }
}
