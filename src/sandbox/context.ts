import type { MailCheckOptions } from './mail/settings'
import type { CampaignLimits } from './resources/campaigns/schema'
import type { SandboxTuning } from './options'
import type { SandboxStore } from './store/store'

/** What every resource's routes share: the state, the server-side limits, a clock and a log. */
export interface SandboxContext {
  store: SandboxStore
  limits: { campaigns: CampaignLimits }
  now(): Date
  log(line: string): void
  /** Where state.json lives (null = in memory); resources may keep sidecar files here (e.g. the credentials key). */
  dataDir: string | null
  tuning: SandboxTuning
  /** Extra trust for the real SMTP/IMAP checks. */
  mail: MailCheckOptions
  /** Aborted when `close()` starts, so pending mail checks and background jobs stop at once. */
  shutdown: AbortSignal
}
