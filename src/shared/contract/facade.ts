import type { Envelope } from './envelope'
import type { EventName, EventPayload } from './events'
import { OPERATION_NAMES } from './names'
import type { OperationName, OpInput, OpOutput } from './operations'

type Domain<N extends string> = N extends `${infer D}.${string}` ? D : never
type Method<N extends string, D extends string> = N extends `${D}.${infer M}` ? M : never

/** A single operation as the renderer calls it. */
export type OperationFn<N extends OperationName> = (input: OpInput<N>) => Promise<Envelope<OpOutput<N>>>

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

/**
 * The facade's operation methods, `methods[domain][method](input)`, one per contract row, each
 * forwarding exactly one argument to `call`. Shared by the preload and the browser-mode bridge.
 */
export function buildOperationMethods(call: (name: OperationName, input: unknown) => unknown): Record<string, Record<string, (input: unknown) => unknown>> {
  const methods: Record<string, Record<string, (input: unknown) => unknown>> = {}
  for (const name of OPERATION_NAMES) {
    const [domain, method] = splitOperationName(name)
    const group = (methods[domain] ??= {})
    group[method] = (input: unknown) => call(name, input)
  }
  return methods
}
