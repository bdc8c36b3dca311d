import type { DiscoveryCandidate, MailDiscoveryResult } from '../../../shared/contract/mail-discovery'
import { baseDomain } from './base-domain'
import { createDnsPort, type DnsPort, type MxHost } from './dns-port'
import type { InboxType } from './providers'
import { autoconfigLookup, DEFAULT_ISPDB_BASE_URL, defaultAutoconfigUrls, ispdbLookup, type DocumentLookup } from './source-autoconfig'
import { guessCandidate } from './source-guess'
import { fingerprintMx, mxCandidate } from './source-mx'
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

const TYPE_NAMES: Record<InboxType, string> = {
  GOOGLE_WORKSPACE: 'Google Workspace',
  OUTLOOK_365: 'Microsoft 365 / Outlook',
  CUSTOM_SMTP: 'Custom SMTP'
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
  const dns = options.dns ?? createDnsPort({ servers: options.dnsServers, timeoutMs: options.dnsTimeoutMs ?? 5000 })
  const fetchOptions = { timeoutMs: options.fetchTimeoutMs, maxBytes: options.maxBytes, signal: options.signal }

  const preset = presetCandidate(email, domain)
  const candidates: DiscoveryCandidate[] = []
  let mx: MxHost[] = []
  if (preset) {
    candidates.push(preset)
  } else {
    mx = await dns.mx(domain).catch((err: Error) => {
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
    for (const found of [isp.candidate, srv, db.candidate, mxCandidate(email, fingerprint)]) if (found) candidates.push(found)
    for (const p of [...isp.problems, ...db.problems]) if (NOTEWORTHY.test(p)) warnings.push(`Lookup problem: ${p}`)
    if (mx.length === 0) warnings.push(`${domain} publishes no MX records, so it cannot receive replies.`)
    const chosenFirst = candidates[0]
    if (fingerprint && chosenFirst && chosenFirst.source !== 'mx' && chosenFirst.inboxType !== fingerprint.provider.inboxType) {
      warnings.push(`Settings came from ${chosenFirst.source}, but MX ${fingerprint.mxHost} says the mail is handled by ${fingerprint.provider.name}.`)
    }
    if (options.chosenInboxType && fingerprint && options.chosenInboxType !== fingerprint.provider.inboxType) {
      warnings.push(
        `You picked ${TYPE_NAMES[options.chosenInboxType]}, but this domain's mail is handled by ${fingerprint.provider.name} (MX ${fingerprint.mxHost}).`
      )
    }
  }
  if (candidates.length === 0) {
    candidates.push(guessCandidate(email, domain))
    warnings.push('No published settings were found; these host names are a guess. Check them with your mail host.')
  }
  const chosen = candidates[0] as DiscoveryCandidate
  const alreadyWarned = warnings.some((w) => w.startsWith('You picked'))
  if (options.chosenInboxType && !alreadyWarned && options.chosenInboxType !== chosen.inboxType && chosen.source !== 'guess') {
    warnings.push(`You picked ${TYPE_NAMES[options.chosenInboxType]}, but ${email} looks like ${chosen.provider ?? TYPE_NAMES[chosen.inboxType]}.`)
  }
  return {
    email,
    domain,
    ...(chosen.provider ? { provider: chosen.provider } : {}),
    inboxType: chosen.inboxType,
    smtp: chosen.smtp,
    imap: chosen.imap,
    source: chosen.source,
    evidence: chosen.evidence,
    warnings,
    candidates
  }
}
