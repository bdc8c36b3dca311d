import type { DiscoveryCandidate } from '../../../shared/contract/mail-discovery'
import { candidateFromProvider } from './candidate-from-config'
import { providerByAddressDomain } from './providers'

/** Candidate from the bundled table when the address domain belongs to a provider outright (gmail.com, icloud.com…). */
export function presetCandidate(email: string, domain: string): DiscoveryCandidate | undefined {
  const provider = providerByAddressDomain(domain)
  if (!provider) return undefined
  return candidateFromProvider(provider, 'preset', email, [`${domain} is a ${provider.name} address domain (bundled preset).`])
}
