import { z } from 'zod'
import { MAX_LOG_TRANSFER_BYTES } from './contract/error-log'
import { MAX_CSV_BYTES } from './contract/leads'

/**
 * Browser mode's WebSocket protocol between the renderer's bridge client and the web shell.
 * Same operations and events as Electron IPC; only the transport differs.
 */
export const BRIDGE_PATH = '/bridge'

/** `POST` here with the token header answers 204 (valid) or 401: lets the page tell "refused" from "down". */
export const SESSION_PATH = '/session'

/** Header that carries the token to `SESSION_PATH`. */
export const TOKEN_HEADER = 'x-coldsend-token'

/** The one subprotocol the server selects; the token rides beside it and is never echoed. */
export const BRIDGE_SUBPROTOCOL = 'coldsend.bridge.v1'

/** The page offers `coldsend.token.<token>` as a second subprotocol: no cookie another local port could receive. */
export const TOKEN_SUBPROTOCOL_PREFIX = 'coldsend.token.'

/** Largest text (JSON) message either side accepts; file bytes travel as binary frames instead. */
export const MAX_TEXT_MESSAGE_BYTES = 1024 * 1024

/** Largest JSON header of a binary request. */
export const MAX_BINARY_HEADER_BYTES = 64 * 1024

/** Largest binary request: the biggest file the contract accepts (a 50 MB CSV or error log), its header and the length prefix. */
export const MAX_BINARY_MESSAGE_BYTES = Math.max(MAX_CSV_BYTES, MAX_LOG_TRANSFER_BYTES) + MAX_BINARY_HEADER_BYTES + 4

/**
 * Renderer → shell: call one operation. `options` (absent: none) are the facade's call options; the
 * shell checks them against `CallOptionsSchema` on their own, so a bad value is answered with the
 * invalid-input envelope of that call rather than as a malformed message.
 */
export const BridgeRequestSchema = z.strictObject({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  op: z.string().min(1).max(100),
  input: z.unknown(),
  options: z.unknown().optional()
})
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>

/** The JSON header of a binary request: the call (with its options, as in a text request), and which top-level input field receives the bytes. */
export const BinaryRequestHeaderSchema = z.strictObject({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  op: z.string().min(1).max(100),
  input: z.record(z.string().max(100), z.unknown()),
  options: z.unknown().optional(),
  bytesField: z.string().min(1).max(100)
})
export type BinaryRequestHeader = z.infer<typeof BinaryRequestHeaderSchema>

/** Shell → renderer: the envelope answering request `id` (null when the request's id was unreadable), or a push event. */
export type BridgeMessage =
  | { type: 'result'; id: number | null; result: unknown }
  | { type: 'event'; name: string; payload: unknown }

/**
 * A binary request frame: a 4-byte big-endian header length, the UTF-8 JSON header, then the file
 * bytes. Why: a 45 MB CSV as a JSON string costs ~81 MB and a full copy per hop; bytes cost bytes.
 */
export function encodeBinaryRequest(header: BinaryRequestHeader, bytes: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify(header))
  const frame = new Uint8Array(4 + head.length + bytes.length)
  new DataView(frame.buffer).setUint32(0, head.length, false)
  frame.set(head, 4)
  frame.set(bytes, 4 + head.length)
  return frame
}

/** Splits a binary request frame into its parsed header and the bytes (a view, not a copy); a reason when malformed. */
export function decodeBinaryRequest(frame: Uint8Array): { header: unknown; bytes: Uint8Array } | { error: string } {
  if (frame.length < 4) return { error: 'binary frame shorter than its length prefix' }
  const headLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0, false)
  if (headLength > MAX_BINARY_HEADER_BYTES) return { error: 'binary frame header too large' }
  if (4 + headLength > frame.length) return { error: 'binary frame header longer than the frame' }
  let header: unknown
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, 4 + headLength)))
  } catch {
    return { error: 'binary frame header is not JSON' }
  }
  return { header, bytes: frame.subarray(4 + headLength) }
}
