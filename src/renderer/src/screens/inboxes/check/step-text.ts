import type { MailStep, StepEvent } from '../../../../../shared/contract/mail-check'

/** Each step's name in the operator's words, in the order a connection goes through them. */
export const STEP_LABELS: Record<MailStep, string> = {
  dns: 'Find the server (DNS)',
  tcp: 'Connect',
  tls: 'Encryption (TLS)',
  greeting: 'Server greeting',
  capabilities: 'What the server offers',
  starttls: 'Switch to encryption (STARTTLS)',
  login: 'Sign in'
}

const str = (v: unknown) => (typeof v === 'string' ? v : null)

/** The one fact worth showing beside a step (addresses, TLS version and certificate, banner, mechanism). */
export function stepFact(step: StepEvent): string | null {
  const f = step.facts
  switch (step.step) {
    case 'dns':
      return Array.isArray(f.addresses) ? f.addresses.slice(0, 3).join(', ') : null
    case 'tcp':
      return str(f.address)
    case 'tls': {
      const cert = (f.certificate ?? {}) as Record<string, unknown>
      const names = Array.isArray(cert.altNames) && cert.altNames.length > 0 ? `names ${(cert.altNames as unknown[]).slice(0, 4).join(', ')}` : null
      const parts = [str(f.protocol), str(cert.subject) ? `certificate for ${String(cert.subject)}` : null, names, str(cert.issuer) ? `issued by ${String(cert.issuer)}` : null, str(cert.validTo) ? `valid to ${String(cert.validTo)}` : null]
      return parts.filter(Boolean).join(' · ') || null
    }
    case 'greeting':
      return str(f.banner)
    case 'capabilities': {
      const auth = Array.isArray(f.auth) ? (f.auth as unknown[]).join(' ') : null
      return auth ? `sign-in methods: ${auth}` : null
    }
    case 'login':
      if (!str(f.mechanism)) return null
      return step.status === 'ok' ? `signed in with ${String(f.mechanism)}` : `tried ${String(f.mechanism)} once (no retry)`
    default:
      return null
  }
}

/** "✓ Done", "✗ Failed", "– Skipped": the mark plus a word, so status never rests on colour or a glyph alone. */
export const STATUS_TEXT: Record<StepEvent['status'], { mark: string; word: string }> = {
  ok: { mark: '✓', word: 'OK' },
  failed: { mark: '✗', word: 'Failed' },
  skipped: { mark: '–', word: 'Skipped' }
}
