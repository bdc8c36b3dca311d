import type { StepEvent } from '../../../shared/contract/mail-check'
import type { Handlers } from '../dispatcher'
import { makeAppError, raise } from '../errors/app-error-factory'
import type { Redactor } from '../log/redactor'
import { collectMailCheck } from '../mail-check'
import { checkDeliverability, discoverMailSettings, InvalidEmailError } from '../mail-discovery'
import { mailCheckDns } from './mail-check-dns'

type MailHandlers = Pick<Handlers, 'mail.discover' | 'mail.deliverability' | 'mail.check'>

/**
 * Where the wizard's lookups go. Defaults are the machine's resolver and the public autoconfig and
 * ISPDB URLs; tests (and operators behind split DNS) point them at other servers.
 */
export interface MailLookupSettings {
  /** DNS servers as `host` or `host:port` (default: the system's). */
  dnsServers?: string[]
  /** ISPDB base URL; null turns it off. */
  ispdbBaseUrl?: string | null
  /** The domain's own autoconfig URLs (default: Thunderbird's); tests use a local HTTP server. */
  autoconfigUrls?: (domain: string, email: string) => string[]
  /** Extra trusted root certificates for the connection checks (tests with their own CA); the system's stay trusted. */
  ca?: string[]
}

/**
 * The inbox wizard's local work, no ColdSend call: provider discovery and the sender domain's
 * deliverability (no password involved), and the layer-by-layer SMTP/IMAP check, whose passwords
 * the redactor learns first so no log line, error or step fact can carry them.
 */
export function createMailHandlers(
  redactor: Redactor,
  settings: MailLookupSettings = {},
  onStep: (checkId: string, step: StepEvent) => void = () => {}
): MailHandlers {
  const common = { ...(settings.dnsServers ? { dnsServers: settings.dnsServers } : {}) }
  const checkOptions = { ...mailCheckDns(settings.dnsServers), ...(settings.ca ? { ca: settings.ca } : {}) }
  return {
    'mail.discover': async (input) => {
      try {
        return await discoverMailSettings(input.email, {
          ...common,
          ...(settings.ispdbBaseUrl !== undefined ? { ispdbBaseUrl: settings.ispdbBaseUrl } : {}),
          ...(settings.autoconfigUrls ? { autoconfigUrls: settings.autoconfigUrls } : {}),
          ...(input.chosenInboxType ? { chosenInboxType: input.chosenInboxType } : {})
        })
      } catch (error) {
        if (!(error instanceof InvalidEmailError)) throw error
        return raise(
          makeAppError({
            kind: 'validation',
            operation: 'mail.discover',
            guidance: 'fix-fields',
            message: 'Enter a full email address, like name@company.com.',
            issues: [{ loc: ['email'], path: 'email', msg: 'Enter a full email address, like name@company.com.', type: 'value_error.email', source: 'client' }]
          })
        )
      }
    },
    'mail.deliverability': (input) => checkDeliverability(input.domain, input.smtpHost, common),
    'mail.check': (input) => {
      for (const side of [input.smtp, input.imap]) if (side?.password) redactor.remember(side.password)
      const { checkId } = input
      return collectMailCheck(input, checkOptions, checkId ? (step) => onStep(checkId, step) : undefined)
    }
  }
}
