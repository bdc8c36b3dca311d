import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'
import { addressesWithoutDns } from '../literal-address'
import type { DnsPort } from '../dns-port'
import { providerBySmtpHost } from '../providers'
import { BULK_SENDER_RULES, itemFromFindings, unchecked, type Finding } from './finding'
import { ipInRange } from './ip-range'
import { spfRecords, walkSpf, type SpfWalk } from './spf-walk'

const LOOKUP_LIMIT = 10

/** Every address an IP can match in the SPF tree: ip4/ip6 ranges plus the resolved a/mx hosts with their prefixes. */
async function authorisedRanges(dns: DnsPort, walk: SpfWalk): Promise<string[]> {
  const ranges = [...walk.ipRanges]
  for (const h of walk.hosts) {
    const names = h.kind === 'a' ? [h.domain] : (await dns.mx(h.domain).catch(() => [])).map((m) => m.exchange)
    for (const name of names.slice(0, 10)) {
      for (const ip of await dns.a(name).catch(() => [])) ranges.push(`${ip}/${h.prefix4}`)
      for (const ip of await dns.aaaa(name).catch(() => [])) ranges.push(`${ip}/${h.prefix6}`)
    }
  }
  return ranges
}

async function addresses(dns: DnsPort, host: string): Promise<string[]> {
  const literal = addressesWithoutDns(host)
  if (literal) return literal
  const [v4, v6] = await Promise.all([dns.a(host).catch(() => []), dns.aaaa(host).catch(() => [])])
  return [...v4, ...v6]
}

/** Whether the SPF tree authorises the SMTP host: by the provider's include, or by the host's IPv4 addresses. */
async function authorises(dns: DnsPort, walk: SpfWalk, smtpHost: string): Promise<Finding | undefined> {
  const provider = providerBySmtpHost(smtpHost)
  if (provider && provider.spfIncludes.length > 0) {
    const ok = walk.includes.some((inc) => provider.spfIncludes.some((want) => inc === want || inc.endsWith(`.${want}`)))
    if (ok) return undefined
    return {
      severity: 'fail',
      summary: `SPF does not include ${provider.name} (${provider.spfIncludes[0]}), so mail sent through ${smtpHost} fails SPF.`,
      fix: `Add include:${provider.spfIncludes[0]} before the all term.`
    }
  }
  const ips = await addresses(dns, smtpHost)
  if (ips.length === 0) {
    return { severity: 'warn', summary: `Could not confirm that SPF covers ${smtpHost} (its address did not resolve).`, fix: `Make sure SPF includes your mail host's SPF domain or IPs.` }
  }
  const ranges = await authorisedRanges(dns, walk)
  if (ips.some((ip) => ranges.some((r) => ipInRange(ip, r)))) return undefined
  if (walk.includes.length > 0) {
    return { severity: 'warn', summary: `${smtpHost} (${ips.join(', ')}) is not listed directly; it may be covered by an include the check cannot see.`, fix: `Confirm with your mail host that their SPF include covers ${smtpHost}.` }
  }
  return { severity: 'fail', summary: `SPF does not authorise ${smtpHost} (${ips.join(', ')}).`, fix: `Add ${ips[0]?.includes(':') ? 'ip6' : 'ip4'}:${ips[0]} or your mail host's include: to the SPF record.` }
}

/** SPF check: one record, not +all/?all, at most 10 lookups (counted recursively), and it authorises the SMTP host. */
export async function checkSpf(dns: DnsPort, domain: string, smtpHost: string): Promise<DeliverabilityItem> {
  let txt: string[]
  try {
    txt = await dns.txt(domain)
  } catch (err) {
    return unchecked('spf', 'SPF', err)
  }
  const records = spfRecords(txt)
  if (records.length === 0) {
    return {
      id: 'spf', status: 'fail', record: null,
      summary: `${domain} has no SPF record. ${BULK_SENDER_RULES}`,
      fix: `Publish one TXT record at ${domain}: "v=spf1 include:<your provider's SPF domain> ~all".`
    }
  }
  if (records.length > 1) {
    return {
      id: 'spf', status: 'fail', record: records.join(' | '),
      summary: `${domain} has ${records.length} SPF records; receivers treat that as a permanent error (RFC 7208).`,
      fix: 'Merge them into a single v=spf1 record.'
    }
  }
  const record = records[0] as string
  const walk = await walkSpf(dns, domain, record)
  const findings: Finding[] = []
  if (walk.allQualifier === '+') findings.push({ severity: 'fail', summary: '+all lets anyone send as your domain.', fix: 'End the record with ~all or -all.' })
  if (walk.allQualifier === '?') findings.push({ severity: 'warn', summary: '?all is neutral: it protects nothing.', fix: 'End the record with ~all or -all.' })
  if (!walk.allQualifier && !walk.hasRedirect) findings.push({ severity: 'warn', summary: 'The record has no all term, so unlisted senders are neutral.', fix: 'End the record with ~all or -all.' })
  if (walk.lookups > LOOKUP_LIMIT) {
    findings.push({
      severity: 'fail',
      summary: `SPF needs ${walk.lookups > 40 ? 'more than 40' : walk.lookups} DNS lookups; the limit is ${LOOKUP_LIMIT}, so receivers return permerror.`,
      fix: 'Remove includes you no longer send through, or replace some with ip4: ranges.'
    })
  }
  if (walk.usesPtr) findings.push({ severity: 'warn', summary: 'ptr is deprecated and slow.', fix: 'Remove the ptr mechanism.' })
  for (const p of walk.problems) findings.push({ severity: 'warn', summary: p, fix: 'Fix or remove that include.' })
  const auth = await authorises(dns, walk, smtpHost)
  if (auth) findings.push(auth)
  return itemFromFindings('spf', record, findings, `SPF authorises ${smtpHost} and uses ${walk.lookups} of ${LOOKUP_LIMIT} DNS lookups.`)
}
