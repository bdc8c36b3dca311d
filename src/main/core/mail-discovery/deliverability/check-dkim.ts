import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'
import type { DnsPort } from '../dns-port'
import { providerBySmtpHost } from '../providers'
import { BULK_SENDER_RULES } from './finding'

/** Selectors tried when the SMTP host is not a known provider (DKIM selectors cannot be listed from DNS). */
export const COMMON_DKIM_SELECTORS = ['default', 'dkim', 'mail', 'k1', 's1', 's2', 'selector1', 'selector2', 'google', 'zmail']

/** A DKIM key record: `p=` with a non-empty value (an empty p= means the key was revoked). */
const keyOf = (txt: string): string | undefined => /(?:^|;)\s*p\s*=\s*([^;]*)/i.exec(txt)?.[1]?.trim()

/** DKIM check: looks for a key at `<selector>._domainkey.<domain>` for the provider's selectors (plus any given). */
export async function checkDkim(dns: DnsPort, domain: string, smtpHost: string, extraSelectors: string[] = []): Promise<DeliverabilityItem> {
  const provider = providerBySmtpHost(smtpHost)
  const known = provider && provider.dkimSelectors.length > 0 ? provider.dkimSelectors : undefined
  const selectors = [...new Set([...extraSelectors, ...(known ?? COMMON_DKIM_SELECTORS)])]
  const answers = await Promise.all(
    selectors.map(async (s) => ({ selector: s, txt: await dns.txt(`${s}._domainkey.${domain}`).catch(() => [] as string[]) }))
  )
  const found = answers.flatMap(({ selector, txt }) => txt.filter((t) => keyOf(t) !== undefined).map((t) => ({ selector, txt: t })))
  const live = found.filter((f) => keyOf(f.txt) !== '')
  if (live.length > 0) {
    return {
      id: 'dkim', status: 'pass', record: (live[0] as { txt: string }).txt,
      summary: `DKIM key published for selector ${live.map((f) => f.selector).join(', ')}. Make sure signing is switched on at your provider.`,
      fix: ''
    }
  }
  if (found.length > 0) {
    return { id: 'dkim', status: 'warn', record: (found[0] as { txt: string }).txt, summary: `The DKIM key for ${found[0]?.selector} is revoked (empty p=).`, fix: 'Publish a current key from your mail provider.' }
  }
  const tried = selectors.map((s) => `${s}._domainkey.${domain}`).join(', ')
  if (known && provider) {
    return {
      id: 'dkim', status: 'fail', record: null,
      summary: `No ${provider.name} DKIM key found (looked at ${tried}). ${BULK_SENDER_RULES}`,
      fix: `Turn on DKIM signing in ${provider.name}'s admin console and publish the record it gives you.`
    }
  }
  return {
    id: 'dkim', status: 'warn', record: null,
    summary: `No DKIM key found at the usual selectors (${selectors.join(', ')}); your provider may use another one. ${BULK_SENDER_RULES}`,
    fix: 'Ask your mail host for its DKIM selector and record and publish it at <selector>._domainkey.<your domain>; the console checks the usual selectors only, so a custom one may be fine already.'
  }
}
