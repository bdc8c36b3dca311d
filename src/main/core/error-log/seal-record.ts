import {
  ERROR_LOG_LIMITS as L,
  ERROR_LOG_METHODS,
  ErrorLogRecordSchema,
  type ErrorLogIssue,
  type ErrorLogRecord
} from '../../../shared/contract/error-log'
import type { ErrorLogInput } from './error-log-input'
import type { Redactor } from '../log/redactor'

declare const sealed: unique symbol
/** A record that has passed the redaction choke point; the only thing the writer and exporter accept. */
export type SealedRecord = ErrorLogRecord & { readonly [sealed]: true }

/** Identity of a record being sealed: kept as given (re-sealing an imported record keeps its id). */
export interface SealMeta {
  id: string
  now: Date
}

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined)
const int = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined

function isoTime(v: unknown, now: Date): string {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN
  return new Date(Number.isFinite(ms) ? ms : now.getTime()).toISOString()
}

function method(v: unknown): ErrorLogRecord['method'] {
  const upper = typeof v === 'string' ? v.toUpperCase() : ''
  return (ERROR_LOG_METHODS as readonly string[]).includes(upper) ? (upper as ErrorLogRecord['method']) : undefined
}

function issues(v: unknown): ErrorLogIssue[] | undefined {
  if (!Array.isArray(v)) return undefined
  return v.slice(0, L.issues).map((raw: unknown) => {
    const issue = (raw ?? {}) as Record<string, unknown>
    const loc = Array.isArray(issue.loc) ? issue.loc.slice(0, L.locParts) : []
    return {
      loc: loc.map((part: unknown) => (typeof part === 'number' && Number.isInteger(part) ? part : String(part).slice(0, L.locPart))),
      path: str(issue.path, L.issuePath) ?? '',
      msg: str(issue.msg, L.issueMsg) ?? ''
    }
  })
}

function extra(v: unknown): Record<string, unknown> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined
  let json: string
  try {
    json = JSON.stringify(v)
  } catch {
    return { unserializable: true }
  }
  if (Buffer.byteLength(json) > L.extraBytes) return { truncated: true, bytes: Buffer.byteLength(json) }
  const parsed = JSON.parse(json) as Record<string, unknown>
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => k.length <= L.extraKey))
}

const omitUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

/** Builds the record from already-scrubbed fields, clamped to the contract's limits. */
function clamp(f: Record<string, unknown>, meta: SealMeta): ErrorLogRecord {
  const duration = typeof f.durationMs === 'number' && Number.isFinite(f.durationMs) ? Math.min(Math.max(f.durationMs, 0), 1e9) : undefined
  return omitUndefined<ErrorLogRecord>({
    v: 1,
    id: meta.id.slice(0, L.id) || 'unknown',
    time: isoTime(f.time, meta.now),
    profileId: str(f.profileId, L.profile),
    profileName: str(f.profileName, L.profile),
    operation: str(f.operation, L.operation) || 'unknown',
    method: method(f.method),
    path: str(f.path, L.path),
    status: int(f.status, 0, 999),
    kind: str(f.kind, L.kind) || 'unknown',
    message: str(f.message, L.message) ?? '',
    detail: str(f.detail, L.detail),
    issues: issues(f.issues),
    requestId: str(f.requestId, L.requestId),
    durationMs: duration,
    attempts: int(f.attempts, 0, 1000),
    guidance: str(f.guidance, L.guidance),
    extra: extra(f.extra)
  })
}

/**
 * THE redaction choke point of the error log: every record is scrubbed here (whole input, every
 * field and key) and only then clamped and checked against the record schema. Redacting before
 * clamping means a secret is never cut in half and half-leaked. Nothing reaches disk, an export or
 * the renderer without passing through this function.
 */
export function sealRecord(input: ErrorLogInput | ErrorLogRecord, scrub: Redactor, meta: SealMeta): SealedRecord {
  try {
    const plain = { ...input, time: input.time instanceof Date ? input.time.toISOString() : input.time }
    const scrubbed = scrub.value(plain) as Record<string, unknown>
    const parsed = ErrorLogRecordSchema.safeParse(clamp(scrubbed, meta))
    if (parsed.success) return parsed.data as SealedRecord
  } catch {
    // fall through: a record we cannot build safely is replaced by a marker, never written raw
  }
  return {
    v: 1,
    id: meta.id.slice(0, L.id) || 'unknown',
    time: meta.now.toISOString(),
    operation: 'unknown',
    kind: 'internal',
    message: 'An error occurred but its details could not be recorded safely.'
  } as SealedRecord
}
