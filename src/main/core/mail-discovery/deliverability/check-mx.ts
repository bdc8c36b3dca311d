import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'
import type { DnsPort } from '../dns-port'
import { unchecked } from './finding'

/** MX check: the sending domain must accept mail (replies, bounces; receivers distrust domains that cannot). */
export async function checkMx(dns: DnsPort, domain: string): Promise<DeliverabilityItem> {
  let mx
  try {
    mx = await dns.mx(domain)
  } catch (err) {
    return unchecked('mx', 'MX', err)
  }
  const real = mx.filter((m) => m.exchange !== '' && m.exchange !== '.')
  if (real.length === 0) {
    return {
      id: 'mx', status: 'fail', record: mx.length > 0 ? 'null MX (0 .)' : null,
      summary: `${domain} cannot receive mail (no MX), so replies and bounces are lost and many receivers reject its mail.`,
      fix: `Add MX records for ${domain} pointing at your mailbox provider.`
    }
  }
  return {
    id: 'mx', status: 'pass',
    record: real.map((m) => `${m.priority} ${m.exchange}`).join(', '),
    summary: `${domain} receives mail at ${real[0]?.exchange}.`,
    fix: ''
  }
}
