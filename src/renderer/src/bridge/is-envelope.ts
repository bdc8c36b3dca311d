import type { Envelope } from '../../../shared/contract/envelope'

/** Shape check for an answer from across the boundary: an envelope, or something we must not trust. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; value?: unknown; error?: unknown }
  if (v.ok === true) return 'value' in v
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false
  const e = v.error as { kind?: unknown; message?: unknown }
  return typeof e.kind === 'string' && typeof e.message === 'string'
}
