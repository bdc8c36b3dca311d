import type { ErrorLogRecord } from '../../../../../shared/contract/error-log'

/** "POST /campaigns/{campaign_id}", or just the one that is known, or null. */
export function requestLine(record: Pick<ErrorLogRecord, 'method' | 'path'>): string | null {
  const line = [record.method, record.path].filter(Boolean).join(' ')
  return line === '' ? null : line
}

/** An HTTP status, or what it means when the request got none. */
export function statusText(status: number | undefined): string {
  return status === undefined || status === 0 ? 'no HTTP response' : String(status)
}

/** A server `loc` as the operator reads it: `body › sequences › 0 › subject`. */
export function locText(loc: ReadonlyArray<string | number>): string {
  return loc.length === 0 ? '(request)' : loc.map(String).join(' › ')
}

/** "1.2 s" or "340 ms"; null when not recorded. */
export function durationText(ms: number | undefined): string | null {
  if (ms === undefined) return null
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}
