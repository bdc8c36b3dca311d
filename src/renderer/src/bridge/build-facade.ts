import type { CallOptions } from '../../../shared/contract/call-options'
import type { Envelope } from '../../../shared/contract/envelope'
import type { EventName, EventPayload } from '../../../shared/contract/events'
import { buildOperationMethods, type ColdsendFacade } from '../../../shared/contract/facade'
import type { OperationName } from '../../../shared/contract/operations'

/**
 * Sends one named operation and always resolves with an envelope. `options` is the facade's own copy
 * of the caller's call options (absent: none given; null: refused, the shell answers invalid input).
 */
export type CallOperation = (op: OperationName, input: unknown, options?: CallOptions | null) => Promise<Envelope<unknown>>

/** Subscribes to one push event; returns the unsubscribe function. */
export type SubscribeEvent = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void

/**
 * Builds the `window.coldsend`-shaped facade from one generic call function, one method per contract
 * row, so a transport (WebSocket, test fake) never hand-writes the operation list.
 */
export function buildFacade(call: CallOperation, on: SubscribeEvent): ColdsendFacade {
  return { ...buildOperationMethods(call), on } as unknown as ColdsendFacade
}
