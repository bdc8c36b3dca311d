import { z } from 'zod'

/**
 * Browser mode's WebSocket protocol between the renderer's bridge client and the web shell.
 * Same operations and events as Electron IPC; only the transport differs.
 */
export const BRIDGE_PATH = '/bridge'

/** Name of the cookie that carries the per-launch token (suffixed with the port so instances don't clash). */
export function tokenCookieName(port: number): string {
  return `coldsend_token_${port}`
}

/** Renderer → shell: call one operation. */
export const BridgeRequestSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  op: z.string().min(1).max(100),
  input: z.unknown()
})
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>

/** Shell → renderer: the envelope answering request `id`, or a push event. */
export type BridgeMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; name: string; payload: unknown }
