import type { DiscoveryCandidate, MailServer } from '../../../shared/contract/mail-discovery'
import type { DnsPort, SrvTarget } from './dns-port'
import { providerBySmtpHost } from './providers'

/** TLS mode from the port, never from the SRV label alone (some zones put 465 under `_submission`). */
function tlsForPort(port: number, labelled: 'implicit' | 'starttls'): 'implicit' | 'starttls' {
  if (port === 465 || port === 993) return 'implicit'
  if (port === 587 || port === 143 || port === 25) return 'starttls'
  return labelled
}

async function first(dns: DnsPort, name: string): Promise<SrvTarget | undefined> {
  const records = await dns.srv(name).catch(() => [])
  return records.find((r) => r.name !== '.' && r.name !== '' && r.port > 0)
}

async function pick(dns: DnsPort, domain: string, tlsName: string, plainName: string, evidence: string[]): Promise<MailServer | undefined> {
  // RFC 8314: implicit TLS is preferred, so the TLS service is asked first and wins when both exist.
  for (const [service, labelled] of [[tlsName, 'implicit'], [plainName, 'starttls']] as const) {
    const rec = await first(dns, `${service}.${domain}`)
    if (rec) {
      evidence.push(`SRV ${service}.${domain} → ${rec.name}:${rec.port}`)
      return { host: rec.name, port: rec.port, tls: tlsForPort(rec.port, labelled) }
    }
  }
  return undefined
}

/** Candidate from RFC 6186/8314 SRV records (`_submissions`, `_submission`, `_imaps`, `_imap`); needs both sides. */
export async function srvCandidate(dns: DnsPort, email: string, domain: string): Promise<DiscoveryCandidate | undefined> {
  const evidence: string[] = []
  const [smtp, imap] = await Promise.all([
    pick(dns, domain, '_submissions._tcp', '_submission._tcp', evidence),
    pick(dns, domain, '_imaps._tcp', '_imap._tcp', evidence)
  ])
  if (!smtp || !imap) return undefined
  const known = providerBySmtpHost(smtp.host)
  return {
    source: 'srv',
    provider: known?.name,
    inboxType: known?.inboxType ?? 'CUSTOM_SMTP',
    smtp: { ...smtp, username: email },
    imap: { ...imap, username: email },
    evidence: [...evidence, 'SRV answers are unsigned: confirm the host before sending a password to it.']
  }
}
