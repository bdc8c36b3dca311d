import { type Check, type Issue, type Validator, pydantic } from '../validation'
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

/** The checked path parameters and JSON body of a request, or the reply FastAPI sends instead of calling the handler. */
export type JsonRequestResult<P, T> = { ok: true; path: P; value: T } | { ok: false; reply: Reply }

/**
 * FastAPI's order for a route with path parameters and a JSON body: undecodable JSON (or a body that is
 * not UTF-8) is refused alone; otherwise the path issues come first and the body's follow in the same 422
 * (an empty body being one `["body"]` field required), as `solve_dependencies` collects them together.
 */
// Exists because decodeJsonBody alone answers an empty body without the path's issues (FastAPI lists both).
export function validateJsonRequest<P extends { ok: true }, T>(
  raw: Buffer,
  contentType: string | undefined,
  path: P | { ok: false; issues: Issue[] },
  model: Validator<T>
): JsonRequestResult<P, T> {
  let body: Check<T>
  if (raw.length === 0) body = pydantic.missing(['body'])
  else {
    const decoded = decodeJsonBody(raw, contentType)
    if (!decoded.ok) return decoded
    body = model(decoded.value, ['body'])
  }
  if (path.ok && body.ok) return { ok: true, path, value: body.value }
  return { ok: false, reply: validationFailed([...(path.ok ? [] : path.issues), ...(body.ok ? [] : body.issues)]) }
}
