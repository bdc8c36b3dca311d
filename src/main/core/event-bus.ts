import type { PushEvent } from './core-api'

/** Fan-out of push events to the shells' subscribers; a failing listener never breaks the others. */
export class EventBus {
  private readonly listeners = new Set<(event: PushEvent) => void>()

  /** Adds a listener; returns its unsubscribe. */
  subscribe(listener: (event: PushEvent) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Delivers an event to every listener. */
  emit(event: PushEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch {
        // a shell's broken socket must not stop other listeners
      }
    }
  }
}
