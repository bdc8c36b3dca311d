import { vi, type Mock } from 'vitest'
import type { Envelope } from '../../../src/shared/contract/envelope'
import type { ColdsendFacade } from '../../../src/shared/contract/facade'
import { OPERATION_NAMES, type OperationName, type OpInput, type OpOutput } from '../../../src/shared/contract/operations'
import { buildFacade } from '../../../src/renderer/src/bridge/build-facade'
import { EventListeners } from '../../../src/renderer/src/bridge/event-listeners'
import { internalError } from './fixtures'

/** A stub answer for one operation. */
export type Handler<N extends OperationName> = (input: OpInput<N>) => Envelope<OpOutput<N>> | Promise<Envelope<OpOutput<N>>>

/** Stubs per operation; unstubbed operations answer with an internal error envelope. */
export type Handlers = { [N in OperationName]?: Handler<N> }

/** A facade for tests: spy per operation, swappable answers, and a way to push events. */
export interface FakeFacade {
  facade: ColdsendFacade
  spy(op: OperationName): Mock
  set<N extends OperationName>(op: N, handler: Handler<N>): void
  emit(event: string, payload: unknown): void
}

/** Builds a fake `window.coldsend` from the contract, like the real transports do. */
export function createFakeFacade(initial: Handlers = {}): FakeFacade {
  const handlers: Record<string, ((input: unknown) => unknown) | undefined> = { ...(initial as Record<string, never>) }
  const listeners = new EventListeners()
  const spies = new Map<string, Mock>()
  for (const name of OPERATION_NAMES) {
    spies.set(
      name,
      vi.fn(async (input: unknown) => {
        const handler = handlers[name]
        return handler ? handler(input) : { ok: false, error: internalError(name, `${name} is not stubbed`) }
      })
    )
  }
  const facade = buildFacade(
    // The spy sees call options (e.g. `{ priority: 'background' }`) only when the caller passed some.
    (op, input, ...options) => spies.get(op)!(input, ...options) as Promise<Envelope<unknown>>,
    (event, listener) => listeners.add(event, listener)
  )
  return {
    facade,
    spy: (op) => spies.get(op)!,
    set: (op, handler) => {
      handlers[op] = handler as (input: unknown) => unknown
    },
    emit: (event, payload) => listeners.dispatch(event, payload)
  }
}
