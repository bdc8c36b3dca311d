import {
  BinaryRequestHeaderSchema,
  BridgeRequestSchema,
  decodeBinaryRequest,
  MAX_TEXT_MESSAGE_BYTES
} from '../../shared/bridge-protocol'
import { parseCallOptions, type CallOptions } from '../../shared/contract/call-options'

/**
 * What one incoming WebSocket message asks for: a call to run (with its checked call options), a
 * request to refuse as malformed, a call to refuse as invalid input (its options), or a socket to close.
 */
export type BridgeInbound =
  | { kind: 'call'; id: number; op: string; input: unknown; options: CallOptions | undefined }
  | { kind: 'reject'; id: number | null; reason: string }
  | { kind: 'bad-options'; id: number; op: string }
  | { kind: 'close'; code: number; reason: string }

// The request id, when the message got far enough to have a readable one.
function readableId(value: unknown): number | null {
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null
}

function fromText(data: Buffer): BridgeInbound {
  if (data.length > MAX_TEXT_MESSAGE_BYTES) return { kind: 'close', code: 1009, reason: 'text message too large' }
  let parsed: unknown
  try {
    parsed = JSON.parse(data.toString('utf8'))
  } catch {
    return { kind: 'reject', id: null, reason: 'not JSON' }
  }
  const request = BridgeRequestSchema.safeParse(parsed)
  if (!request.success) return { kind: 'reject', id: readableId(parsed), reason: 'not a bridge request' }
  const { id, op, input } = request.data
  const options = parseCallOptions(request.data.options)
  if (!options.ok) return { kind: 'bad-options', id, op }
  return { kind: 'call', id, op, input, options: options.options }
}

function fromBinary(data: Buffer): BridgeInbound {
  const decoded = decodeBinaryRequest(data)
  if ('error' in decoded) return { kind: 'reject', id: null, reason: decoded.error }
  const header = BinaryRequestHeaderSchema.safeParse(decoded.header)
  if (!header.success) return { kind: 'reject', id: readableId(decoded.header), reason: 'not a binary bridge request' }
  const { id, op, input, bytesField } = header.data
  // The bytes land in exactly one top-level field; an input that already has it is ambiguous.
  if (Object.hasOwn(input, bytesField)) return { kind: 'reject', id, reason: 'bytes field also present in the header' }
  const options = parseCallOptions(header.data.options)
  if (!options.ok) return { kind: 'bad-options', id, op }
  return { kind: 'call', id, op, input: { ...input, [bytesField]: decoded.bytes }, options: options.options }
}

/**
 * Reads one message the ws library has already accepted as a well-formed frame: text is JSON (at
 * most 1 MiB, else close 1009), binary is a length-prefixed header plus file bytes. Never throws.
 */
export function readBridgeMessage(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): BridgeInbound {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
  return isBinary ? fromBinary(buffer) : fromText(buffer)
}
