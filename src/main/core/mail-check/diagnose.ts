import type { MailDiagnosis, MailFailure } from '../../../shared/contract/mail-check'
import { classifyMailFailure } from './classify'
import { FIX_CARDS } from '../../../shared/mail-fix-cards'
import type { MailCheckOptions, ResolvedOptions } from './options'
import { conventionalAlternative, probeAlternative, probeControlPort } from './probes'

// The mailbox's domain MX hosts, when a resolver for them was given (failures only; errors mean "unknown").
async function mxHostsOf(username: string, opts: ResolvedOptions): Promise<string[]> {
  const domain = username.split('@')[1]
  if (!domain || !opts.resolveMx) return []
  const timeout = new Promise<string[]>((resolve) => setTimeout(() => resolve([]), opts.timeouts.dns).unref())
  return Promise.race([opts.resolveMx(domain), timeout]).catch(() => [])
}

function withCause(diagnosis: MailDiagnosis, cause: MailDiagnosis['cause'], protocol: string): MailDiagnosis {
  const card = FIX_CARDS[cause]
  const rest = { ...diagnosis }
  delete rest.retryAfterMs // only throttling has a cooldown, and neither cause set here is throttling
  return { ...rest, cause, fix: card.id, summary: `${protocol.toUpperCase()}: ${card.title}`, retryable: card.retryable }
}

/**
 * Classifies a failed check, then runs the credential-free follow-ups: the other port/TLS mode after a mismatch
 * (or a greeting timeout, which a plaintext client on an implicit-TLS port produces), and the control target
 * after a refused or timed-out connect.
 */
export async function diagnose(failure: MailFailure, username: string, opts: ResolvedOptions, options: MailCheckOptions): Promise<MailDiagnosis> {
  let diagnosis = classifyMailFailure(failure, { mxHosts: await mxHostsOf(username, opts) })
  const { protocol, host, port, mode } = failure
  const mismatchLike = diagnosis.cause === 'tls-mode-mismatch' || diagnosis.cause === 'no-tls-offered' || (diagnosis.cause === 'connection-timeout' && failure.step !== 'tcp')
  if (mismatchLike) {
    const alternative = await probeAlternative(protocol, host, port, mode, options)
    if (alternative) {
      diagnosis = { ...diagnosis, alternative }
      if (diagnosis.cause === 'connection-timeout' && alternative.port === port) diagnosis = withCause(diagnosis, 'tls-mode-mismatch', protocol)
    } else if (diagnosis.cause === 'tls-mode-mismatch') {
      diagnosis = { ...diagnosis, alternative: conventionalAlternative(protocol, port, mode) }
    }
  }
  const control = opts.controlTargets[protocol]
  const unreachable = diagnosis.cause === 'connection-timeout' || diagnosis.cause === 'connection-refused'
  if (control && unreachable && failure.step === 'tcp' && !(await probeControlPort(control.host, control.port, options))) {
    diagnosis = withCause(diagnosis, 'network-blocks-port', protocol)
  }
  return diagnosis
}
