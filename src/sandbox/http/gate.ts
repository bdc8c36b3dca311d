import type { IncomingHttpHeaders } from 'node:http'
import type { KeyRing } from '../auth/api-keys'
import type { RateDecision, RateLimiter } from '../auth/rate-limiter'
import { forbiddenBody, missingScopes } from '../auth/scopes'
import { documented } from '../wording'
import { type Reply, detail, json } from './route'

/** Checks shared by every route, in the order the real API applies them: key, rate limit, scopes. */
export interface Gate {
  keys: KeyRing
  limiter: RateLimiter
  /** Whether a 429 carries `Retry-After` (the docs only promise the body and X-RateLimit-*). */
  sendRetryAfter: boolean
}

/** Either the scopes of an admitted request, or the reply that refuses it. */
export type GateResult = { ok: true; scopes: readonly string[] } | { ok: false; reply: Reply }

// The X-RateLimit-* headers for one decision (the minute window unless the hour window binds); faults reuse them.
export function rateHeaders(rate: RateDecision): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(rate.limit),
    'X-RateLimit-Remaining': String(rate.remaining),
    'X-RateLimit-Reset': String(rate.resetAt)
  }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

// Authenticates, counts and scope-checks a request; rate-limit headers are added to `out` once the key is known.
export function admit(gate: Gate, headers: IncomingHttpHeaders, required: readonly string[], out: Record<string, string>): GateResult {
  const auth = gate.keys.authenticate(headerValue(headers, 'x-api-key'))
  if (!auth.ok) {
    const message = auth.reason === 'missing' ? documented.apiKeyRequired : documented.invalidApiKey
    return { ok: false, reply: detail(401, message) }
  }
  const rate = gate.limiter.take(auth.record.key_hash)
  Object.assign(out, rateHeaders(rate))
  if (!rate.allowed) {
    if (gate.sendRetryAfter) out['Retry-After'] = String(rate.retryAfter)
    return { ok: false, reply: detail(429, documented.rateLimited(rate.retryAfter)) }
  }
  const granted = auth.record.scopes
  if (missingScopes(granted, required).length > 0) return { ok: false, reply: json(403, forbiddenBody(required, granted)) }
  return { ok: true, scopes: granted }
}
