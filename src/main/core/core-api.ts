import type { Envelope } from '../../shared/contract/envelope'
import type { EventName, EventPayload } from '../../shared/contract/events'

/** A push event as the core emits it; adapters forward it unchanged. */
export interface PushEvent<E extends EventName = EventName> {
  name: E
  payload: EventPayload<E>
}

/**
 * The core as both shells see it: invoke an operation by name with untrusted input (and untrusted
 * call options, e.g. `{ priority: 'background' }`), get an envelope back (never a throw); subscribe
 * to push events. Electron and browser mode wrap this.
 */
export interface Core {
  invoke(operation: string, input: unknown, options?: unknown): Promise<Envelope<unknown>>
  subscribe(listener: (event: PushEvent) => void): () => void
  close(): Promise<void>
}
