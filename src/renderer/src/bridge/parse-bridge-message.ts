import type { BridgeMessage } from '../../../shared/bridge-protocol'

/** Reads one frame from the web shell; anything that is not a result or an event is dropped (null). */
export function parseBridgeMessage(data: unknown): BridgeMessage | null {
  if (typeof data !== 'string') return null
  let message: { type?: unknown; id?: unknown; result?: unknown; name?: unknown; payload?: unknown }
  try {
    message = JSON.parse(data) as typeof message
  } catch {
    return null
  }
  if (typeof message !== 'object' || message === null) return null
  if (message.type === 'event' && typeof message.name === 'string') {
    return { type: 'event', name: message.name, payload: message.payload }
  }
  if (message.type === 'result' && (typeof message.id === 'number' || message.id === null)) {
    return { type: 'result', id: message.id, result: message.result }
  }
  return null
}
