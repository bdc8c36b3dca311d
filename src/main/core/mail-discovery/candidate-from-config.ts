import type { DiscoveryCandidate, DiscoverySource } from '../../../shared/contract/mail-discovery'
import type { ClientConfig } from './autoconfig-reader'
import { providerBySmtpHost, type ProviderProfile } from './providers'

/** A candidate built from a bundled provider profile, with the provider's username convention (full address). */
export function candidateFromProvider(
  provider: ProviderProfile,
  source: DiscoverySource,
  email: string,
  evidence: string[]
): DiscoveryCandidate {
  return {
    source,
    provider: provider.name,
    providerId: provider.id,
    inboxType: provider.inboxType,
    smtp: { ...provider.smtp, username: email },
    imap: { ...provider.imap, username: email },
    evidence: provider.note ? [...evidence, provider.note] : evidence
  }
}

/** A candidate built from an autoconfig/ISPDB document, or undefined when it lacks usable IMAP and SMTP. */
export function candidateFromConfig(
  config: ClientConfig,
  source: DiscoverySource,
  evidence: string[]
): DiscoveryCandidate | undefined {
  if (!config.imap || !config.smtp) return undefined
  const known = providerBySmtpHost(config.smtp.host)
  return {
    source,
    provider: config.displayName ?? known?.name,
    ...(known ? { providerId: known.id } : {}),
    inboxType: known?.inboxType ?? 'CUSTOM_SMTP',
    smtp: config.smtp,
    imap: config.imap,
    evidence: [...evidence, ...config.notes]
  }
}
