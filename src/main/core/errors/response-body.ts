import { htmlHeadline, looksLikeHtml } from './server-text'

/**
 * What a failed response's body turned out to be, whatever the server or a proxy sent:
 * FastAPI's `detail` array (validation) or string, other JSON, plain text, an HTML page, or nothing.
 */
export type FailureBody =
  | { shape: 'detail_array'; items: readonly unknown[]; json: Record<string, unknown> }
  | { shape: 'detail_string'; text: string; json: Record<string, unknown> }
  | { shape: 'json'; text: string | null; json: Record<string, unknown> | null }
  | { shape: 'text'; text: string }
  | { shape: 'html'; text: string }
  | { shape: 'empty' }

// Parsing a text body as JSON ourselves only makes sense for bodies of sane size.
const REPARSE_LIMIT = 1024 * 1024

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// `{"detail": {"message": "…"}}` and bodies without `detail` (`{"message"|"error": "…"}`) still say something.
function wordsIn(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (!isRecord(value)) return null
  for (const key of ['message', 'msg', 'error_description', 'error', 'title']) {
    const found = value[key]
    if (typeof found === 'string' && found.trim() !== '') return found
  }
  return null
}

function fromJson(value: unknown): FailureBody {
  if (!isRecord(value)) return { shape: 'json', text: typeof value === 'string' ? wordsIn(value) : null, json: null }
  const detail = value.detail
  if (Array.isArray(detail)) return { shape: 'detail_array', items: detail, json: value }
  if (typeof detail === 'string' && detail.trim() !== '') return { shape: 'detail_string', text: detail, json: value }
  return { shape: 'json', text: wordsIn(detail) ?? wordsIn(value), json: value }
}

/** Classifies a failure body: parsed JSON, or the raw text when it was not JSON (possibly HTML, possibly huge). */
export function readFailureBody(body: unknown): FailureBody {
  if (body === null || body === undefined) return { shape: 'empty' }
  if (typeof body !== 'string') return fromJson(body)
  const trimmed = body.trim()
  if (trimmed === '') return { shape: 'empty' }
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && trimmed.length <= REPARSE_LIMIT) {
    try {
      return fromJson(JSON.parse(trimmed) as unknown)
    } catch {
      // not JSON after all: fall through to text
    }
  }
  if (looksLikeHtml(trimmed)) return { shape: 'html', text: htmlHeadline(trimmed) }
  return { shape: 'text', text: trimmed }
}

/** The server's own words in a failure body, if it had any (an HTML page contributes its headline). */
export function failureWords(body: FailureBody): string | null {
  switch (body.shape) {
    case 'detail_string':
    case 'text':
      return body.text
    case 'json':
    case 'html':
      return body.text || null
    default:
      return null
  }
}

/** A top-level JSON field of the failure body (403 `required`/`granted`), or undefined. */
export function bodyField(body: FailureBody, name: string): unknown {
  return 'json' in body && body.json !== null ? body.json[name] : undefined
}
