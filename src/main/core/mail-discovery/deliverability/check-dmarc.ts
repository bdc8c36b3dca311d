import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'
import { baseDomain } from '../base-domain'
import type { DnsPort } from '../dns-port'
import { BULK_SENDER_RULES, itemFromFindings, unchecked, type Finding } from './finding'

/** Parses `k=v; k=v` DMARC tags (keys lower-cased). */
export function dmarcTags(record: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const part of record.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim()
  }
  return tags
}

const dmarcRecords = (txt: string[]): string[] => txt.filter((t) => /^v\s*=\s*DMARC1\s*(;|$)/i.test(t.trim()))

/** DMARC check at `_dmarc.<domain>` (falling back to the organisational domain): present, one record, policy, rua. */
export async function checkDmarc(dns: DnsPort, domain: string): Promise<DeliverabilityItem> {
  let records: string[]
  let at = domain
  try {
    records = dmarcRecords(await dns.txt(`_dmarc.${domain}`))
    const org = baseDomain(domain)
    if (records.length === 0 && org !== domain) {
      records = dmarcRecords(await dns.txt(`_dmarc.${org}`))
      at = org
    }
  } catch (err) {
    return unchecked('dmarc', 'DMARC', err)
  }
  if (records.length === 0) {
    return {
      id: 'dmarc', status: 'fail', record: null,
      summary: `${domain} has no DMARC record. ${BULK_SENDER_RULES}`,
      fix: `Publish a TXT record at _dmarc.${domain}: "v=DMARC1; p=none; rua=mailto:dmarc@${domain}".`
    }
  }
  if (records.length > 1) {
    return { id: 'dmarc', status: 'fail', record: records.join(' | '), summary: `_dmarc.${at} has ${records.length} DMARC records, so receivers ignore them all.`, fix: 'Keep a single v=DMARC1 record.' }
  }
  const record = records[0] as string
  const tags = dmarcTags(record)
  const policy = (tags['p'] ?? '').toLowerCase()
  const findings: Finding[] = []
  if (!['none', 'quarantine', 'reject'].includes(policy)) {
    findings.push({ severity: 'fail', summary: `The DMARC policy "p=${tags['p'] ?? ''}" is missing or invalid.`, fix: 'Set p=none, p=quarantine or p=reject.' })
  }
  if (!tags['rua']) findings.push({ severity: 'warn', summary: 'No rua= address, so you get no aggregate reports.', fix: `Add rua=mailto:dmarc@${at}.` })
  const pct = tags['pct'] === undefined ? 100 : Number(tags['pct'])
  if (policy !== 'none' && pct < 100) findings.push({ severity: 'warn', summary: `The policy applies to only ${pct}% of failing mail.`, fix: 'Raise pct to 100 once reports look clean.' })
  const where = at === domain ? '' : ` (inherited from ${at})`
  const base =
    policy === 'none'
      ? `DMARC p=none${where}: meets the Google/Yahoo bulk-sender minimum but only monitors; move to quarantine when reports are clean.`
      : `DMARC p=${policy}${where}: failing mail is ${policy === 'reject' ? 'rejected' : 'sent to spam'}; keep SPF or DKIM aligned with your From domain.`
  const item = itemFromFindings('dmarc', record, findings, base)
  return findings.length > 0 ? { ...item, summary: `${base} ${item.summary}` } : item
}
