import type { Envelope } from '../../../../../shared/contract/envelope'
import type { MailCheckRequest, MailProtocol, ProtocolResult, TlsMode } from '../../../../../shared/contract/mail-check'
import type { OpOutput } from '../../../../../shared/contract/operations'
import { FIX_CARDS } from '../../../../../shared/mail-fix-cards'
import type { InboxFormValues } from '../inbox-draft'
import { conventionalSecurity } from '../wizard/wizard-values'
import type { RowCheck } from './import-rows'

/** The TLS mode a port implies: implicit TLS on 465/993, STARTTLS otherwise (the Add inbox wizard's convention). */
export function modeForPort(port: number): TlsMode {
  return conventionalSecurity(String(port)) ?? 'starttls'
}

/** A valid row's SMTP and IMAP sides as a `mail.check` request. */
export function rowCheckRequest(v: InboxFormValues): MailCheckRequest {
  const side = (host: string, port: string, username: string, password: string) => {
    const n = Number(port)
    return { host: host.trim(), port: n, mode: modeForPort(n), username: username.trim(), password }
  }
  return {
    smtp: side(v.smtp_host, v.smtp_port, v.smtp_username, v.smtp_password),
    imap: side(v.imap_host, v.imap_port, v.imap_username, v.imap_password)
  }
}

const NAMES: Record<MailProtocol, string> = { smtp: 'SMTP', imap: 'IMAP' }

// One side's failure in words: its fix card's title, prefixed with the protocol.
function sideFailure(protocol: MailProtocol, result: ProtocolResult | undefined): string | null {
  if (!result) return `${NAMES[protocol]}: not checked`
  if (result.ok) return null
  if (result.cancelled) return `${NAMES[protocol]}: cancelled`
  const cause = result.diagnosis?.cause
  return `${NAMES[protocol]}: ${cause ? FIX_CARDS[cause].title : 'failed'}`
}

/** A `mail.check` answer → the row's test result: OK, the diagnosis titles of the failed sides, or why the test itself failed. */
export function rowCheckOutcome(answer: Envelope<OpOutput<'mail.check'>>): RowCheck {
  if (!answer.ok) return { state: 'error', title: answer.error.message }
  const failures = (['smtp', 'imap'] as const).map((p) => sideFailure(p, answer.value.result[p])).filter((f): f is string => f !== null)
  return failures.length === 0 ? { state: 'ok' } : { state: 'failed', title: failures.join('; ') }
}
