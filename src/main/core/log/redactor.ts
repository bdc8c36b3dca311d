const SECRET_FIELD = /pass|secret|token|auth|api[-_]?key|^x-api-key$|cookie|credential|private/i
const KEY_PATTERN = /\bcs_(live|test)_[A-Za-z0-9]+/g
const BEARER_PATTERN = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi
/** What replaces a secret. */
export const REDACTED = '[redacted]'

/**
 * The one redaction choke point: every log line, error record and diagnostic goes through it.
 * Removes secret-named fields, `cs_live_…` values, bearer tokens and every secret value the
 * secret store has handled (so a key that does not look like a key is still caught).
 */
export class Redactor {
  private readonly known = new Set<string>()

  /** Registers a secret value so it is scrubbed wherever it appears. Short values are ignored. */
  remember(secret: string): void {
    if (secret.length >= 6) this.known.add(secret)
  }

  /** Scrubs a string. */
  text(value: string): string {
    let out = value.replace(KEY_PATTERN, 'cs_$1_' + REDACTED).replace(BEARER_PATTERN, 'Bearer ' + REDACTED)
    for (const secret of this.known) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
    return out
  }

  /** Deep-scrubs any value; cycles and depth are bounded so raw errors cannot blow it up. */
  value(input: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof input === 'string') return this.text(input)
    if (input === null || typeof input !== 'object') return input
    if (depth > 8 || seen.has(input)) return '[…]'
    seen.add(input)
    if (input instanceof Error) {
      return { name: input.name, message: this.text(input.message), code: (input as { code?: unknown }).code }
    }
    if (Array.isArray(input)) return input.slice(0, 200).map((v) => this.value(v, depth + 1, seen))
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(input)) {
      out[key] = SECRET_FIELD.test(key) && v !== null && v !== undefined && typeof v !== 'boolean' ? REDACTED : this.value(v, depth + 1, seen)
    }
    return out
  }
}
