import type { AppError } from './app-error'

/** Results cross every boundary as data, never as thrown errors (Electron keeps only the message). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Builds a success envelope. */
export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value }
}

/** Builds a failure envelope. */
export function fail<T = never>(error: AppError): Envelope<T> {
  return { ok: false, error }
}
