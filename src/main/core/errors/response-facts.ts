/** The shared fields every HTTP-derived error carries (status, operation, request id, attempts). */
export interface ResponseFacts {
  operation: string
  status: number
  requestId: string
  attempts: number
}

// Date cannot represent times beyond ±8.64e15 ms; toISOString would throw.
const MAX_DATE_MS = 8.64e15

/** An epoch-ms time as ISO text, or undefined when it is not a representable time (never throws). */
export function isoOrUndefined(at: number | null | undefined): string | undefined {
  return at !== null && at !== undefined && Number.isFinite(at) && Math.abs(at) <= MAX_DATE_MS ? new Date(at).toISOString() : undefined
}
