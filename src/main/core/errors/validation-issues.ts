import type { ValidationIssue } from '../../../shared/contract/app-error'
import { locToPath } from '../../../shared/loc-path'
import { cleanServerText, type TextRedactor } from './server-text'

const MAX_ISSUES = 200
// Items looked at: enough to find 200 good ones among junk, bounded whatever the server sent.
const MAX_SCANNED = 1000
const MAX_LOC = 20

// A loc part as the schema allows it: short (scrubbed) strings and integer indices; anything else is dropped.
function locPart(part: unknown, redact?: TextRedactor): string | number | null {
  if (typeof part === 'string') return cleanServerText(part, 200, redact)
  if (typeof part === 'number' && Number.isSafeInteger(part)) return part
  return null
}

/**
 * Turns FastAPI `detail` items into issues with the mapped form path. Only `loc`, `msg` and `type`
 * are read: Pydantic v2's `input` (the value we sent, maybe a password) and `ctx` never leave.
 */
export function serverIssues(items: readonly unknown[], redact?: TextRedactor): ValidationIssue[] {
  return items.slice(0, MAX_SCANNED).flatMap((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return []
    const raw = item as { loc?: unknown; msg?: unknown; type?: unknown }
    const loc = Array.isArray(raw.loc)
      ? raw.loc.slice(0, MAX_LOC).map((part) => locPart(part, redact)).filter((p): p is string | number => p !== null)
      : []
    return [{
      loc,
      path: locToPath(loc).path.slice(0, 500),
      msg: typeof raw.msg === 'string' && raw.msg.trim() !== '' ? cleanServerText(raw.msg, 2000, redact) : 'invalid value',
      type: typeof raw.type === 'string' ? cleanServerText(raw.type, 200, redact) : 'unknown',
      source: 'server' as const
    }]
  }).slice(0, MAX_ISSUES)
}

/** One line naming what was rejected: `ColdSend rejected 2 fields: name, variants.1.email_content.` */
export function validationSummary(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return 'ColdSend rejected the request as invalid.'
  const names = [...new Set(issues.map((i) => i.path || '(request)'))]
  const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? `, and ${names.length - 8} more` : '')
  return `ColdSend rejected ${names.length === 1 ? 'a field' : `${names.length} fields`}: ${shown}.`
}
