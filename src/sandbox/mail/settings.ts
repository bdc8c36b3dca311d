import { type ConnectionOptions, rootCertificates } from 'node:tls'
import type { SandboxContext } from '../context'

/**
 * Options for the sandbox's real SMTP/IMAP checks (`SandboxOptions.mail`). The sandbox verifies server
 * certificates like ColdSend does; `trustedCa` adds PEM roots on top of Node's bundled ones (tests with
 * self-signed servers), it never replaces them.
 */
export interface MailCheckOptions {
  trustedCa?: string[]
}

/** What one check needs: the per-step timeout, extra trust, and a signal that abandons it when the sandbox closes. */
export interface MailSettings {
  timeoutMs: number
  trustedCa: readonly string[]
  signal: AbortSignal
}

// The per-step timeout, extra trust and shutdown signal of this sandbox's mail checks.
export function mailSettingsOf(ctx: SandboxContext): MailSettings {
  return { timeoutMs: ctx.tuning.mailTimeoutMs, trustedCa: ctx.mail.trustedCa ?? [], signal: ctx.shutdown }
}

// Certificate checks always on; extra roots are added to Node's bundled store, not swapped for it.
export function tlsOptionsFor(settings: MailSettings): ConnectionOptions {
  if (settings.trustedCa.length === 0) return { rejectUnauthorized: true }
  return { rejectUnauthorized: true, ca: [...rootCertificates, ...settings.trustedCa] }
}

/** Thrown into a pending check when the sandbox closes; callers drop the result instead of reporting it. */
export class CheckAbandoned extends Error {
  constructor() {
    super('mail check abandoned: the sandbox is closing')
  }
}

// Races `work` against the abort signal; `cleanup` runs on abort (e.g. close an IMAP socket).
export function abortable<T>(work: Promise<T>, signal: AbortSignal, cleanup: () => void = () => {}): Promise<T> {
  if (signal.aborted) {
    cleanup()
    work.catch(() => {})
    return Promise.reject(new CheckAbandoned())
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      cleanup()
      reject(new CheckAbandoned())
    }
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(err instanceof Error ? err : new Error(String(err)))
      }
    )
  })
}
