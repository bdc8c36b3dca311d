import type { DiscoveryCandidate } from '../../../shared/contract/mail-discovery'
import { candidateFromProvider } from './candidate-from-config'
import type { MxHost } from './dns-port'
import { providerByMxHost, type ProviderProfile } from './providers'

/** The provider the domain's preferred MX hosts belong to, with the MX host that revealed it. */
export interface MxFingerprint {
  provider: ProviderProfile
  mxHost: string
}

/** Fingerprints the provider from MX hosts in priority order (first recognised host wins). */
export function fingerprintMx(mx: MxHost[]): MxFingerprint | undefined {
  for (const { exchange } of mx) {
    const provider = providerByMxHost(exchange)
    if (provider) return { provider, mxHost: exchange }
  }
  return undefined
}

/** Candidate from the MX fingerprint ("Found via MX → Microsoft 365"). */
export function mxCandidate(email: string, fingerprint: MxFingerprint | undefined): DiscoveryCandidate | undefined {
  if (!fingerprint) return undefined
  const { provider, mxHost } = fingerprint
  return candidateFromProvider(provider, 'mx', email, [`MX ${mxHost} belongs to ${provider.name}.`])
}
