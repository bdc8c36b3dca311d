import type { DiscoveryCandidate } from '../../../shared/contract/mail-discovery'
import { readClientConfig } from './autoconfig-reader'
import { boundedFetch, type BoundedFetchOptions } from './bounded-fetch'
import { candidateFromConfig } from './candidate-from-config'

/** Thunderbird's default ISPDB location; the domain is appended. */
export const DEFAULT_ISPDB_BASE_URL = 'https://live.thunderbird.net/autoconfig/v1.1/'

/** Thunderbird's ISP autoconfig URLs, HTTPS first, each carrying the address as `emailaddress=`. */
export function defaultAutoconfigUrls(domain: string, email: string): string[] {
  const q = `?emailaddress=${encodeURIComponent(email)}`
  return [
    `https://autoconfig.${domain}/mail/config-v1.1.xml${q}`,
    `https://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${q}`,
    `http://autoconfig.${domain}/mail/config-v1.1.xml${q}`,
    `http://${domain}/.well-known/autoconfig/mail/config-v1.1.xml${q}`
  ]
}

/** Result of a document lookup: a candidate if any URL answered with a usable config, plus what went wrong. */
export interface DocumentLookup {
  candidate?: DiscoveryCandidate
  problems: string[]
}

async function firstUsable(
  urls: string[],
  email: string,
  source: 'autoconfig' | 'ispdb',
  fetchOptions: BoundedFetchOptions
): Promise<DocumentLookup> {
  const problems: string[] = []
  // Fetched in parallel, accepted in priority order (the first URL that yields a usable config wins).
  const results = await Promise.all(urls.map((u) => boundedFetch(u, fetchOptions)))
  for (const res of results) {
    if (!res.ok) {
      problems.push(`${res.url}: ${res.reason}`)
      continue
    }
    try {
      const candidate = candidateFromConfig(readClientConfig(res.text, email), source, [`Config document at ${res.url}`])
      if (candidate) return { candidate, problems }
      problems.push(`${res.url}: no usable IMAP and SMTP servers`)
    } catch (err) {
      problems.push(`${res.url}: not a valid config document (${(err as Error).message})`)
    }
  }
  return { problems }
}

/** Looks up the domain owner's own autoconfig document (ISP autoconfig). */
export function autoconfigLookup(urls: string[], email: string, fetchOptions: BoundedFetchOptions): Promise<DocumentLookup> {
  return firstUsable(urls, email, 'autoconfig', fetchOptions)
}

/** Looks up the ISPDB for each domain in order (the address domain, then the MX base domain). Only domains leave the machine. */
export async function ispdbLookup(
  baseUrl: string,
  domains: string[],
  email: string,
  fetchOptions: BoundedFetchOptions
): Promise<DocumentLookup> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  return firstUsable(domains.map((d) => `${base}${encodeURIComponent(d)}`), email, 'ispdb', fetchOptions)
}
