import type { CallOptions } from './call-options'
import { copyCallOptions } from './copy-call-options'
import type { Envelope } from './envelope'
import type { EventName, EventPayload } from './events'
import { OPERATION_NAMES } from './names'
import type { OperationName, OpInput, OpOutput } from './operations'

type Domain<N extends string> = N extends `${infer D}.${string}` ? D : never
type Method<N extends string, D extends string> = N extends `${D}.${infer M}` ? M : never

/**
 * A single operation as the renderer calls it. `options.priority: 'background'` marks a refresh of
 * data already on screen (served behind interactive work; ignored for writes).
 */
export type OperationFn<N extends OperationName> = (input: OpInput<N>, options?: CallOptions) => Promise<Envelope<OpOutput<N>>>

/** `window.coldsend`: one namespace per domain, one method per operation, derived from the contract. */
export type ColdsendFacade = {
  [D in Domain<OperationName>]: {
    [M in Method<OperationName, D>]: `${D}.${M}` extends OperationName ? OperationFn<`${D}.${M}`> : never
  }
} & {
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** IPC channel for an operation: one channel per contract row, all under one prefix. */
export function operationChannel(name: OperationName): string {
  return `coldsend:op:${name}`
}

/** IPC channel for push events. */
export const EVENT_CHANNEL = 'coldsend:event'

/** Splits `campaigns.create` into its facade domain and method. */
export function splitOperationName(name: OperationName): [string, string] {
  const dot = name.indexOf('.')
  return [name.slice(0, dot), name.slice(dot + 1)]
}

/** What the facade hands a transport for one call: the name, the input, and its own copy of the options (null: refused). */
export type ForwardCall = (name: OperationName, input: unknown, options?: CallOptions | null) => unknown

/**
 * The facade's operation methods, `methods[domain][method](input, options)`, one per contract row,
 * shared by the preload and the browser-mode bridge. Each forwards the input and — only when the
 * page passed options — a fresh copy of them (`copyCallOptions`), never anything else, so a page
 * cannot smuggle extra IPC arguments or objects of its own through the options.
 */
export function buildOperationMethods(call: ForwardCall): Record<string, Record<string, (input: unknown, options?: unknown) => unknown>> {
  const methods: Record<string, Record<string, (input: unknown, options?: unknown) => unknown>> = {}
  for (const name of OPERATION_NAMES) {
    const [domain, method] = splitOperationName(name)
    const group = (methods[domain] ??= {})
    group[method] = (input: unknown, options?: unknown) => (options === undefined ? call(name, input) : call(name, input, copyCallOptions(options)))
  }
  return methods
}
