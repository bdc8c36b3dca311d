const SECRET_FIELD = /pass|secret|token|auth|api[-_]?key|^x-api-key$|cookie|credential|private/i
/** What replaces a secret. */
export const REDACTED = '[redacted]'
const MARK = REDACTED.replace(/[[\]]/g, '\\$&')
/** `cs_live_`/`cs_test_` keys anywhere, glued to other words or carrying `_`/`-`. */
const KEY_PATTERN = /cs_(live|test)_[A-Za-z0-9_-]+/gi
const BEARER_PATTERN = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi
const SECRET_NAME = String.raw`(?<![\w-])[\w-]{0,40}(?:api[-_]?key|passw(?:or)?d|passphrase|pwd|secret|token|authorization|credentials?)[\w-]{0,40}`
/** `"password":"…"`, `'password': '…'`, `token="…"` inside text (possibly escaped once): blank up to the closing quote. */
const QUOTED_PAIR = new RegExp(String.raw`(${SECRET_NAME})(\\?["']?\s*[:=]\s*\\?)(["'])((?:(?!\3)[^\\]|\\.)*)`, 'gi')
/** `password=…`, `X-API-Key: …`, `Authorization: Basic …` inside text: blank the value. */
const PLAIN_PAIR = new RegExp(String.raw`(${SECRET_NAME})(\s*[:=]\s*)((?:(?:basic|bearer|digest|token)\s+)?(?:${MARK}|[^\s"'\\,;&}\[\]])+)`, 'gi')
/** Cheap pre-check: only text that mentions something secret-like pays for the pair patterns. */
const MAYBE_PAIR = /pass|pwd|secret|token|key|auth|credential/i

/**
 * The one redaction choke point: every log line, error record and diagnostic goes through it.
 * Removes secret-named fields, `cs_live_…` values, bearer tokens and every secret value the
 * secret store has handled (so a key that does not look like a key is still caught).
 */
export class Redactor {
  private readonly known = new Set<string>()

  /**
   * Registers a secret value so it is scrubbed wherever it appears. Short values are ignored. A
   * `cs_live_` key is also remembered without its prefix: a server may echo just the key's body.
   */
  remember(secret: string): void {
    if (secret.length >= 6) this.known.add(secret)
    const body = /^cs_(?:live|test)_(.+)$/i.exec(secret)?.[1]
    if (body !== undefined && body.length >= 6) this.known.add(body)
  }

  /** Scrubs a string: remembered secrets, keys, bearer tokens and `name=value` / `"name": "value"` secret pairs. */
  text(value: string): string {
    let out = this.secretValues(value).replace(BEARER_PATTERN, 'Bearer ' + REDACTED)
    if (MAYBE_PAIR.test(out)) out = out.replace(QUOTED_PAIR, `$1$2$3${REDACTED}`).replace(PLAIN_PAIR, `$1$2${REDACTED}`)
    return out
  }

  /**
   * Removes secret values only — remembered secrets and `cs_live_…` keys — and leaves every other
   * character alone: for data shown to the operator, whose prose ("your password:") is their own.
   */
  secretValues(value: string): string {
    let out = value
    for (const secret of this.known) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
    return /cs_/i.test(out) ? out.replace(KEY_PATTERN, 'cs_$1_' + REDACTED) : out
  }

  /**
   * The boundary scrub: every envelope and event leaving the core goes through this, so no server
   * echo of a key or mail password reaches the page. Plain data in, the same structure out (nothing
   * truncated, field names kept unless they are a secret themselves); file bytes pass untouched.
   */
  outgoing<T>(input: T, depth = 0): T {
    if (typeof input === 'string') return this.secretValues(input) as T
    if (input === null || typeof input !== 'object' || ArrayBuffer.isView(input)) return input
    if (depth > 64) return '[…]' as T
    if (Array.isArray(input)) return input.map((v: unknown) => this.outgoing(v, depth + 1)) as T
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(input)) out[this.secretValues(key)] = this.outgoing(v, depth + 1)
    return out as T
  }

  /** Deep-scrubs any value; cycles and depth are bounded so raw errors cannot blow it up. */
  value(input: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof input === 'string') return this.text(input)
    if (input === null || typeof input !== 'object') return input
    if (ArrayBuffer.isView(input)) return `[${input.byteLength} bytes]`
    if (depth > 8 || seen.has(input)) return '[…]'
    seen.add(input)
    if (input instanceof Error) {
      return { name: input.name, message: this.text(input.message), code: (input as { code?: unknown }).code }
    }
    if (Array.isArray(input)) return input.slice(0, 200).map((v) => this.value(v, depth + 1, seen))
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(input)) {
      // Keys are scrubbed too: a remembered secret or a key used as a map key must not survive.
      out[this.text(key)] = SECRET_FIELD.test(key) && v !== null && v !== undefined && typeof v !== 'boolean' ? REDACTED : this.value(v, depth + 1, seen)
    }
    return out
  }
}
