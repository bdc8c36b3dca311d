import { bridgeInternalError } from '../bridge/bridge-errors'
import type { CallOptions } from '../../../shared/contract/call-options'
import type { Envelope } from '../../../shared/contract/envelope'
import { splitOperationName, type ColdsendFacade } from '../../../shared/contract/facade'
import type { OperationName, OpInput, OpOutput } from '../../../shared/contract/operations'

type AnyOperation = (input: unknown, options?: CallOptions) => Promise<Envelope<unknown>>

/** Calls one operation by name and unwraps its envelope: the value, or the AppError thrown for the query cache. */
export async function callOperation<N extends OperationName>(
  facade: ColdsendFacade,
  name: N,
  input: OpInput<N>,
  options?: CallOptions
): Promise<OpOutput<N>> {
  const [domain, method] = splitOperationName(name)
  const fn = (facade as unknown as Record<string, Record<string, AnyOperation>>)[domain]?.[method]
  if (!fn) throw bridgeInternalError(name, `The console has no operation called ${name}.`, new Date())
  const result = options ? await fn(input, options) : await fn(input)
  if (result.ok) return result.value as OpOutput<N>
  throw result.error
}
