import type { AppError } from '../../../shared/contract/app-error'
import type { Envelope } from '../../../shared/contract/envelope'

/**
 * Reads a background job again and again until `isFinal` says it is done, reporting each read; stops
 * early when `signal` aborts (screen left) or a read fails (the caller shows the error; the job goes on).
 */
export async function pollUntil<T>(
  read: () => Promise<Envelope<T>>,
  isFinal: (value: T) => boolean,
  onRead: (value: T) => void,
  signal: AbortSignal,
  intervalMs = 1000
): Promise<{ done: T } | { error: AppError } | { stopped: true }> {
  for (;;) {
    if (signal.aborted) return { stopped: true }
    const result = await read()
    if (signal.aborted) return { stopped: true }
    if (!result.ok) return { error: result.error }
    onRead(result.value)
    if (isFinal(result.value)) return { done: result.value }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
