import { buildOperationMethods, type ColdsendFacade, type ForwardCall } from '../shared/contract/facade'
import { isEventName } from '../shared/contract/names'

/**
 * Sends one operation to main; the preload binds it to `ipcRenderer.invoke(operationChannel(name), input)`,
 * or `(…, input, options)` when options were given (already the facade's own copy: valid options or null).
 */
export type InvokeOperation = (...args: Parameters<ForwardCall>) => Promise<unknown>

/** Listens to push events as `(name, payload)`, with the IPC event already stripped; returns the unsubscribe. */
export type ListenToEvents = (listener: (name: unknown, payload: unknown) => void) => () => void

/** Freezes an object graph so page scripts cannot swap a facade method for their own. */
export function deepFreeze<T>(value: T): T {
  if ((typeof value === 'object' || typeof value === 'function') && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key])
  }
  return value
}

/**
 * Builds `window.coldsend` from the contract: `facade[domain][method](input, options?)` for every
 * operation, plus `on(event, listener)`, which hands the listener only the payload of that event.
 * Each method passes on the input and, only when given, the facade's own copy of the options
 * (`{ priority: 'background' }`, `{}` or null for refused): a page cannot smuggle extra IPC arguments.
 */
export function buildFacade(invoke: InvokeOperation, listen: ListenToEvents): ColdsendFacade {
  const facade: Record<string, unknown> = buildOperationMethods(invoke)
  facade.on = (event: unknown, listener: unknown) => {
    if (!isEventName(event)) throw new TypeError(`Unknown event: ${String(event).slice(0, 100)}`)
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.')
    return listen((name, payload) => {
      if (name === event) listener(payload)
    })
  }
  return deepFreeze(facade) as unknown as ColdsendFacade
}
