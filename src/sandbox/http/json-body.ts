import { pydantic } from '../validation'
import { framework } from '../wording'
import { pythonJsonError } from './python-json-error'
import { type Reply, detail, validationFailed } from './route'

/** A decoded request body, or the reply FastAPI would have sent instead of calling the handler. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; reply: Reply }

// FastAPI parses the body as JSON when there is no Content-Type or it is application/json or application/*+json.
function wantsJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return true
  const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase()
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'))
}

/**
 * Decodes a request body the way FastAPI does before validation: empty → `field required` at
 * `["body"]`; bad JSON → `value_error.jsondecode` at `["body", pos]`; a non-JSON content type →
 * the raw bytes (which then fail the model as "value is not a valid dict").
 */
export function decodeJsonBody(raw: Buffer, contentType: string | undefined): BodyResult {
  if (raw.length === 0) {
    const missing = pydantic.missing(['body'])
    return { ok: false, reply: validationFailed(missing.ok ? [] : missing.issues) }
  }
  if (!wantsJson(contentType)) return { ok: true, value: raw }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw)
  } catch {
    return { ok: false, reply: detail(400, framework.bodyParseError) }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (err) {
    const e = pythonJsonError(text, (err as Error).message)
    const issue = {
      loc: ['body', e.pos],
      msg: framework.jsonDecode(e.msg, e.lineno, e.colno, e.pos),
      type: 'value_error.jsondecode',
      ctx: { msg: e.msg, doc: text, pos: e.pos, lineno: e.lineno, colno: e.colno }
    }
    return { ok: false, reply: validationFailed([issue]) }
  }
}
