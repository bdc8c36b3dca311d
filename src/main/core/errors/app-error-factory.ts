import type { AppError, GuidanceId } from '../../../shared/contract/app-error'

type Base = Pick<AppError, 'message' | 'operation' | 'status' | 'requestId' | 'retryable' | 'attempts' | 'guidance'>

/** Distributes Omit over the AppError union so each kind keeps its own fields. */
type KindFields<E> = E extends AppError ? Omit<E, keyof Base | 'timestamp'> : never

/** The fields a caller supplies to make one AppError: its kind's own fields plus the shared ones. */
export type AppErrorFields = KindFields<AppError> & { message: string; operation: string; guidance: GuidanceId } & Partial<Base>

/** Builds an AppError with the shared fields filled; the one way errors are made in the core. `now` pins the timestamp in tests. */
export function makeAppError(fields: AppErrorFields, now: number = Date.now()): AppError {
  const { status, requestId, attempts, retryable, ...rest } = fields
  return {
    ...rest,
    retryable: retryable ?? false,
    timestamp: new Date(now).toISOString(),
    ...(status !== undefined ? { status } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(attempts !== undefined ? { attempts } : {})
  } as AppError
}

/** Thrown inside the core to carry an AppError to the dispatcher, which turns it into an envelope. */
export class AppErrorException extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message)
    this.name = 'AppErrorException'
  }
}

/** Shorthand: throw an AppError from a handler. */
export function raise(error: AppError): never {
  throw new AppErrorException(error)
}
