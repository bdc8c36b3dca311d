import { isoSeconds } from '../../clock'
import type { SandboxContext } from '../../context'
import { type MailSettings, mailSettingsOf } from '../../mail/settings'
import type { InboxJob } from './record'
import type { SenderAccountRecord } from './record'
import { type CredentialVault, adoptDemoCredentials, openVault } from './credentials'

/** What every sender-accounts handler and background job shares for one sandbox. */
export interface SenderRuntime {
  ctx: SandboxContext
  vault: CredentialVault
  mail: MailSettings
  accounts(): SenderAccountRecord[]
  jobs(): InboxJob[]
  /** Now, as the API's timestamp text. */
  stamp(): string
  /** True once the sandbox is closing: background work stops touching state. */
  closing(): boolean
}

// Opens the credential key, re-seals freshly seeded demo credentials with it, and resolves the mail-check settings.
export function createSenderRuntime(ctx: SandboxContext): SenderRuntime {
  const vault = openVault(ctx.dataDir, ctx.log)
  if (adoptDemoCredentials(ctx.store.state.sender_accounts, vault) > 0) ctx.store.changedInBackground()
  const mail = mailSettingsOf(ctx)
  return {
    ctx,
    vault,
    mail,
    accounts: () => ctx.store.state.sender_accounts,
    jobs: () => ctx.store.state.inbox_jobs,
    stamp: () => isoSeconds(ctx.now()),
    closing: () => mail.signal.aborted
  }
}
