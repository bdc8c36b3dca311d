import type { ErrorLogRecord } from '../../../shared/contract/error-log'

/** Longest normalised text kept as a group's title (and fed into its fingerprint). */
export const TITLE_MAX = 200

// Order matters: UUIDs and e-mails first (they contain hex runs and digits), quoted text next, then bare ids and numbers.
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi
const EMAIL = /[^\s@"'`<>()[\]{},;:]+@[^\s@"'`<>()[\]{},;:]+\.[a-z]{2,}/gi
const DOUBLE_QUOTED = /"[^"\n]*"|“[^”\n]*”|`[^`\n]*`/g
/** Single quotes only as quotes, not apostrophes: the opening one must not follow a letter or digit. */
const SINGLE_QUOTED = /(^|[^\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu
const HEX = /\b(?:0x)?[0-9a-f]{8,}\b/gi
/** Prefixed or mixed ids (`cmp_7Hq2x9`, `req-1a2b3c`): a token mixing letters and digits (4+ characters). */
const ID_TOKEN = /\b(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9]+(?:[_-][a-z0-9]+)*\b/gi
const NUMBER = /\d+(?:[.,]\d+)*/g
const SPACE = /\s+/g

/**
 * The text a group is known by: ids, e-mails, quoted values and numbers replaced by placeholders,
 * whitespace collapsed, cut to `TITLE_MAX`. Two failures that differ only in such values read the same.
 */
export function normaliseText(text: string): string {
  let out = text.length > 4 * TITLE_MAX ? text.slice(0, 4 * TITLE_MAX) : text
  if (out.includes('-')) out = out.replace(UUID, '<uuid>')
  if (out.includes('@')) out = out.replace(EMAIL, '<email>')
  if (/["“`]/.test(out)) out = out.replace(DOUBLE_QUOTED, '"<str>"')
  if (out.includes("'")) out = out.replace(SINGLE_QUOTED, "$1'<str>'")
  return out
    .replace(HEX, '<id>')
    .replace(ID_TOKEN, (token) => (token.length >= 4 ? '<id>' : token))
    .replace(NUMBER, '<n>')
    .replace(SPACE, ' ')
    .trim()
    .slice(0, TITLE_MAX)
}

/** The business code a record carries in `extra.code` (set for `business` errors), if any. */
export function businessCode(record: Pick<ErrorLogRecord, 'extra'>): string | undefined {
  const code = record.extra?.code
  return typeof code === 'string' && code.length > 0 ? code.slice(0, 60) : undefined
}

/** A group's identity and the text it is shown with. */
export interface Fingerprint {
  /** Short stable id of the group (safe in a URL and as the `fingerprint` filter). */
  fingerprint: string
  /** The normalised detail (or message) the group shares. */
  title: string
}

/**
 * What makes two records "the same failure": operation + kind + (business code, else status) +
 * normalised detail (or message when there is no detail). The parts are hashed into a short id.
 */
export function fingerprintOf(record: FingerprintParts): Fingerprint {
  const title = normaliseText(record.detail ?? record.message)
  return { fingerprint: fingerprintFrom(record, title), title }
}

/** The fingerprint of a record whose normalised title is already known (`normaliseText(detail ?? message)`). */
export function fingerprintFrom(record: FingerprintParts, title: string): string {
  const code = businessCode(record) ?? (record.status === undefined ? '-' : String(record.status))
  return hash64(`${record.operation}\u0000${record.kind}\u0000${code}\u0000${title}`)
}

/** The record fields a fingerprint is made of. */
export type FingerprintParts = Pick<ErrorLogRecord, 'operation' | 'kind' | 'status' | 'detail' | 'message' | 'extra'>

/** Two independent 32-bit FNV-1a style lanes: 16 hex chars, collisions negligible at log sizes. */
function hash64(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
