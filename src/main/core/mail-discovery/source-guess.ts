import type { DiscoveryCandidate } from '../../../shared/contract/mail-discovery'

/**
 * The last-resort candidate: Thunderbird's common names with implicit TLS (mail.<d> for both sides is the
 * usual shared-hosting layout). Unprobed: the wizard's connection check must confirm it.
 */
export function guessCandidate(email: string, domain: string): DiscoveryCandidate {
  return {
    source: 'guess',
    inboxType: 'CUSTOM_SMTP',
    smtp: { host: `mail.${domain}`, port: 465, tls: 'implicit', username: email },
    imap: { host: `mail.${domain}`, port: 993, tls: 'implicit', username: email },
    evidence: [`No published settings found; guessed mail.${domain} (also common: smtp.${domain}, imap.${domain}).`]
  }
}
