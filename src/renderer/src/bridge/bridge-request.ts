import { encodeBinaryRequest, MAX_TEXT_MESSAGE_BYTES } from '../../../shared/bridge-protocol'
import type { AppError } from '../../../shared/contract/app-error'
import type { CallOptions } from '../../../shared/contract/call-options'
import { utf8Length } from '../../../shared/contract/leads'
import type { OperationName } from '../../../shared/contract/operations'
import { csvTooLarge, megabytes } from '../format/file-size'
import { bridgeInternalError } from './bridge-errors'

// A field-level refusal, so a form can put it on the file input that caused it.
function tooLarge(op: OperationName, field: string, message: string, now: Date): AppError {
  return {
    kind: 'validation',
    message,
    operation: op,
    timestamp: now.toISOString(),
    retryable: false,
    guidance: 'fix-fields',
    issues: [{ loc: ['body', field], path: field, msg: message, type: 'console.too_large', source: 'client' }]
  }
}

/**
 * Encodes one call for the wire: JSON text, or — when the input carries file bytes (one top-level
 * `Uint8Array`) — a binary frame, so a 50 MB CSV costs 50 MB, not a JSON string twice its size.
 * Call options (when given) ride in the message, or in the binary frame's header, as `options`.
 * Anything over the limits is refused here, before a byte is sent, with a message naming the size.
 */
export function encodeBridgeRequest(
  id: number,
  op: OperationName,
  input: unknown,
  now: Date,
  options?: CallOptions | null
): { payload: string | Uint8Array } | { error: AppError } {
  const withOptions = options === undefined ? {} : { options }
  const fields = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null
  const byteFields = fields ? Object.keys(fields).filter((k) => fields[k] instanceof Uint8Array) : []
  if (byteFields.length > 1) return { error: bridgeInternalError(op, 'A request can carry at most one file.', now) }
  const bytesField = byteFields[0]
  if (fields && bytesField !== undefined) {
    const bytes = fields[bytesField] as Uint8Array
    const refusal = csvTooLarge(bytes.length)
    if (refusal !== null) return { error: tooLarge(op, bytesField, refusal, now) }
    const rest = { ...fields }
    delete rest[bytesField]
    try {
      return { payload: encodeBinaryRequest({ id, op, input: rest, ...withOptions, bytesField }, bytes) }
    } catch {
      return { error: bridgeInternalError(op, 'The request could not be encoded.', now) }
    }
  }
  let text: string
  try {
    text = JSON.stringify({ id, op, input: input ?? {}, ...withOptions })
  } catch {
    return { error: bridgeInternalError(op, 'The request could not be encoded.', now) }
  }
  if (text.length > MAX_TEXT_MESSAGE_BYTES / 3 && utf8Length(text) > MAX_TEXT_MESSAGE_BYTES) {
    return { error: bridgeInternalError(op, `The request is too large to send (${megabytes(utf8Length(text))}; at most ${megabytes(MAX_TEXT_MESSAGE_BYTES)}).`, now) }
  }
  return { payload: text }
}
