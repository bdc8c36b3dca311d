import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'
import { createDnsPort, type DnsPort } from '../dns-port'
import { checkDkim } from './check-dkim'
import { checkDmarc } from './check-dmarc'
import { checkMx } from './check-mx'
import { checkSpf } from './check-spf'

/** Knobs for the deliverability check; tests point DNS at a local server. */
export interface DeliverabilityOptions {
  dns?: DnsPort
  dnsServers?: string[]
  dnsTimeoutMs?: number
  /** Extra DKIM selectors to try (e.g. one the operator knows). */
  dkimSelectors?: string[]
}

/** Checks the sender domain's SPF, DMARC, DKIM and MX for sending through `smtpHost`; items in that order. */
export async function checkDeliverability(domain: string, smtpHost: string, options: DeliverabilityOptions = {}): Promise<DeliverabilityItem[]> {
  const dns = options.dns ?? createDnsPort({ servers: options.dnsServers, timeoutMs: options.dnsTimeoutMs ?? 5000 })
  const d = domain.trim().toLowerCase().replace(/\.$/, '')
  const host = smtpHost.trim().toLowerCase().replace(/\.$/, '')
  return Promise.all([checkSpf(dns, d, host), checkDmarc(dns, d), checkDkim(dns, d, host, options.dkimSelectors), checkMx(dns, d)])
}
