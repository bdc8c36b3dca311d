import type { DiscoveryCandidate, MailDiscoveryResult } from '../../../shared/contract/mail-discovery'
import { baseDomain } from './base-domain'
import { createDnsPort, type DnsPort } from './dns-port'
import { mismatchWarnings } from './mismatch-warnings'
import type { InboxType } from './providers'
import { autoconfigLookup, DEFAULT_ISPDB_BASE_URL, defaultAutoconfigUrls, ispdbLookup, type DocumentLookup } from './source-autoconfig'
import { guessCandidate } from './source-guess'
import { fingerprintMx, mxCandidate, type MxFingerprint } from './source-mx'
import { presetCandidate } from './source-preset'
import { srvCandidate } from './source-srv'

/** Knobs for discovery; tests point DNS and HTTP at local servers, production keeps the defaults. */
export interface DiscoverOptions {
  /** A ready DNS port; otherwise one is built from dnsServers/dnsTimeoutMs. */
  dns?: DnsPort
  dnsServers?: string[]
  dnsTimeoutMs?: number
  /** Per-document HTTP timeout (default 10 s) and size cap (default 256 KiB). */
  fetchTimeoutMs?: number
  maxBytes?: number
  /** ISP autoconfig URLs for a domain, in priority order (default: Thunderbird's four). */
  autoconfigUrls?: (domain: string, email: string) => string[]
  /** ISPDB base URL (the domain is appended); null turns the ISPDB off. */
  ispdbBaseUrl?: string | null
  /** The inbox type the operator picked, to warn when MX says otherwise. */
  chosenInboxType?: InboxType
  /** Cancels the HTTP lookups at once and the whole discovery after the DNS phase (DNS has its own timeout). */
  signal?: AbortSignal
}

/** Raised for input that is not an email address; discovery never starts. */
export class InvalidEmailError extends Error {
  constructor(email: string) {
    super(`"${email}" is not an email address`)
    this.name = 'InvalidEmailError'
  }
}

function splitEmail(raw: string): { email: string; domain: string } {
  const email = raw.trim()
  const at = email.lastIndexOf('@')
  const domain = email.slice(at + 1).toLowerCase().replace(/\.$/, '')
  if (at < 1 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) throw new InvalidEmailError(raw)
  return { email, domain }
}

const NOTEWORTHY = /timed out|larger than|not a valid config|no usable/

/**
 * Finds a mailbox's provider and SMTP/IMAP settings from its address, Thunderbird-style with SRV and MX
 * fingerprinting added. Precedence: preset > autoconfig > SRV > ISPDB > MX > guess. Takes no password and
 * sends none; only the address goes to the domain's own autoconfig host and only domains go to the ISPDB.
 */
export async function discoverMailSettings(rawEmail: string, options: DiscoverOptions = {}): Promise<MailDiscoveryResult> {
  const { email, domain } = splitEmail(rawEmail)
  const warnings: string[] = []
  const candidates: DiscoveryCandidate[] = []
  let fingerprint: MxFingerprint | undefined
  const preset = presetCandidate(email, domain)
  if (preset) {
    candidates.push(preset)
  } else {
    const found = await networkLookups(email, domain, options)
    candidates.push(...found.candidates)
    warnings.push(...found.warnings)
    fingerprint = found.fingerprint
  }
  if (candidates.length === 0) {
    candidates.push(guessCandidate(email, domain))
    warnings.push('No published settings were found; these host names are a guess. Check them with your mail host.')
  }
  const chosen = candidates[0] as DiscoveryCandidate
  warnings.push(...mismatchWarnings(email, chosen, fingerprint, options.chosenInboxType))
  return {
    email,
    domain,
    ...(chosen.provider ? { provider: chosen.provider } : {}),
    ...(chosen.providerId ? { providerId: chosen.providerId } : {}),
    inboxType: chosen.inboxType,
    smtp: chosen.smtp,
    imap: chosen.imap,
    source: chosen.source,
    evidence: chosen.evidence,
    warnings,
    candidates
  }
}

/** MX first (it picks the ISPDB domains), then autoconfig, SRV and ISPDB in parallel; candidates in precedence order. */
async function networkLookups(
  email: string,
  domain: string,
  options: DiscoverOptions
): Promise<{ candidates: DiscoveryCandidate[]; warnings: string[]; fingerprint?: MxFingerprint }> {
  const warnings: string[] = []
  const dns = options.dns ?? createDnsPort({ servers: options.dnsServers, timeoutMs: options.dnsTimeoutMs ?? 5000 })
  const fetchOptions = { timeoutMs: options.fetchTimeoutMs, maxBytes: options.maxBytes, signal: options.signal }
  const mx = await dns.mx(domain).catch((err: Error) => {
    warnings.push(`Could not read MX records: ${err.message}`)
    return []
  })
  options.signal?.throwIfAborted()
  const fingerprint = fingerprintMx(mx)
  const ispdbDomains = [domain]
  const mxBase = mx[0] ? baseDomain(mx[0].exchange) : undefined
  if (!fingerprint && mxBase && mxBase !== domain) ispdbDomains.push(mxBase)
  const ispdbBase = options.ispdbBaseUrl === undefined ? DEFAULT_ISPDB_BASE_URL : options.ispdbBaseUrl
  const [isp, srv, db] = await Promise.all([
    autoconfigLookup((options.autoconfigUrls ?? defaultAutoconfigUrls)(domain, email), email, fetchOptions),
    srvCandidate(dns, email, domain),
    ispdbBase ? ispdbLookup(ispdbBase, ispdbDomains, email, fetchOptions) : Promise.resolve<DocumentLookup>({ problems: [] })
  ])
  options.signal?.throwIfAborted()
  const candidates = [isp.candidate, srv, db.candidate, mxCandidate(email, fingerprint)].filter((c) => c !== undefined)
  for (const p of [...isp.problems, ...db.problems]) if (NOTEWORTHY.test(p)) warnings.push(`Lookup problem: ${p}`)
  if (mx.length === 0) warnings.push(`${domain} publishes no MX records, so it cannot receive replies.`)
  return { candidates, warnings, fingerprint }
}
