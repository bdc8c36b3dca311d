import { ERROR_LOG_LIMITS as L, ERROR_LOG_METHODS, type ErrorLogRecord } from '../../../shared/contract/error-log'

const KEYS = new Set(['v', 'id', 'time', 'profileId', 'profileName', 'operation', 'method', 'path', 'status', 'kind', 'message', 'detail',
  'issues', 'requestId', 'durationMs', 'attempts', 'guidance', 'extra'])
const METHODS = new Set<unknown>(ERROR_LOG_METHODS)
const ISSUE_KEYS = new Set(['loc', 'path', 'msg'])
const ISO_START = /^\d{4}-\d\d-\d\dT/

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown, min: number, max: number) => typeof v === 'string' && v.length >= min && v.length <= max
const optStr = (v: unknown, max: number) => v === undefined || str(v, 0, max)
const optInt = (v: unknown, min: number, max: number) => v === undefined || (Number.isInteger(v) && (v as number) >= min && (v as number) <= max)

/** Only the canonical form `toISOString` writes (what the log itself writes), so it is surely a valid ISO instant. */
function canonicalTime(v: unknown): boolean {
  if (typeof v !== 'string' || !ISO_START.test(v)) return false
  const ms = Date.parse(v)
  return Number.isFinite(ms) && new Date(ms).toISOString() === v
}

function issueOk(v: unknown): boolean {
  if (!isObject(v)) return false
  for (const k in v) if (!ISSUE_KEYS.has(k)) return false
  const loc = v.loc
  if (!Array.isArray(loc) || loc.length > L.locParts) return false
  for (const part of loc) if (!(str(part, 0, L.locPart) || Number.isInteger(part))) return false
  return str(v.path, 0, L.issuePath) && str(v.msg, 0, L.issueMsg)
}

function extraOk(v: unknown): boolean {
  if (v === undefined) return true
  if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return false
  for (const k of Object.keys(v)) if (k.length > L.extraKey || k === '__proto__') return false
  return true
}

/**
 * A fast, conservative stand-in for `ErrorLogRecordSchema.safeParse` on freshly parsed JSON: true
 * only when the value certainly satisfies the schema (same keys, types, lengths and ranges, and the
 * canonical time format the log writes). Anything else is left to the schema to decide, so the log
 * still accepts exactly what the contract accepts; this only skips the schema's cost (and its copy)
 * for the lines the log wrote itself.
 */
export function isCertainlyRecord(v: unknown): v is ErrorLogRecord {
  if (!isObject(v)) return false
  for (const k in v) if (!KEYS.has(k)) return false
  return (
    v.v === 1 &&
    str(v.id, 1, L.id) &&
    canonicalTime(v.time) &&
    optStr(v.profileId, L.profile) &&
    optStr(v.profileName, L.profile) &&
    str(v.operation, 1, L.operation) &&
    (v.method === undefined || METHODS.has(v.method)) &&
    optStr(v.path, L.path) &&
    optInt(v.status, 0, 999) &&
    str(v.kind, 1, L.kind) &&
    str(v.message, 0, L.message) &&
    optStr(v.detail, L.detail) &&
    (v.issues === undefined || (Array.isArray(v.issues) && v.issues.length <= L.issues && v.issues.every(issueOk))) &&
    optStr(v.requestId, L.requestId) &&
    (v.durationMs === undefined || (typeof v.durationMs === 'number' && v.durationMs >= 0 && v.durationMs <= 1e9)) &&
    optInt(v.attempts, 0, 1000) &&
    optStr(v.guidance, L.guidance) &&
    extraOk(v.extra)
  )
}
