import { events, isEventName, type EventName, type EventPayload } from '../../../shared/contract/events'

type AnyListener = (payload: unknown) => void

/**
 * Listener registry for push events: validates each payload against the contract before handing it
 * on, and isolates listeners so one that throws cannot starve the others.
 */
export class EventListeners {
  private readonly listeners = new Map<EventName, Set<AnyListener>>()

  /** Adds a listener; the returned function removes exactly that registration. */
  add<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set<AnyListener>()
    this.listeners.set(event, set)
    const wrapped: AnyListener = (payload) => listener(payload as EventPayload<E>)
    set.add(wrapped)
    return () => {
      set.delete(wrapped)
    }
  }

  /** Delivers an event that arrived from the transport; unknown names and invalid payloads are dropped. */
  dispatch(name: unknown, payload: unknown): void {
    if (!isEventName(name)) return
    const parsed = events[name].safeParse(payload)
    if (!parsed.success) return
    for (const listener of [...(this.listeners.get(name) ?? [])]) {
      try {
        listener(parsed.data)
      } catch (error) {
        console.error(`coldsend: a listener for ${name} failed`, error)
      }
    }
  }

  /** Drops every listener (when the client is disposed). */
  clear(): void {
    this.listeners.clear()
  }
}
