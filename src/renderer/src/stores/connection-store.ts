import { create } from 'zustand'
import type { ConnectionState } from '../bridge/connection-state'

/** Client state: the link to the console backend, as the transport last reported it. */
export interface ConnectionStore {
  state: ConnectionState
  /** Times the link came back after a drop; screens refetch when it changes. */
  reconnects: number
}

/** One store for the transport state; the web bridge client writes it, the banner reads it. */
export const useConnectionStore = create<ConnectionStore>(() => ({ state: 'open', reconnects: 0 }))

/** Records a transport state change (counting returns from a drop). */
export function setConnectionState(next: ConnectionState): void {
  useConnectionStore.setState((s) => ({
    state: next,
    reconnects: next === 'open' && (s.state === 'reconnecting' || s.state === 'refused') ? s.reconnects + 1 : s.reconnects
  }))
}
