import type { BusinessCode } from '../../../shared/contract/app-error'

/** Facts a business `detail` may state; each is optional because wording is only ever a hint. */
export interface BusinessHints {
  state?: string
  missing?: string[]
  total?: number
  protocol?: 'SMTP' | 'IMAP'
  reason?: string
  campaigns?: string[]
  count?: number
}

/** A recognisable business code (the fallback `request_refused` has no wording). */
export type RecognisedCode = Exclude<BusinessCode, 'request_refused'>

/**
 * Wording hints per code, in the order they are tried: the specific ones first, because
 * "in use … cannot be deleted" and "Only DRAFT … can be deleted" share words with later ones.
 */
export const WORDING_HINTS: ReadonlyArray<readonly [RecognisedCode, RegExp]> = [
  ['connection_failed', /\b(smtp|imap)\b[^.]*\b(failed|refused|rejected|error|timed out)\b|connection (test )?failed|could not connect/i],
  ['inbox_in_use', /\bin use\b|\bis (being )?used by\b|\bassigned to (an? |\d+ )?(active )?campaign/i],
  ['launch_requirements_missing', /missing (launch )?requirements?|not ready to launch|launch requirements?/i],
  ['variant_distribution_mismatch', /distribution|must (sum|add up|total) to (exactly )?100\b/i],
  ['campaign_not_modifiable', /\b(cannot|can't|can ?not) be (modified|edited|changed|updated|launched)\b|not modifiable|not in draft|only draft campaigns can be/i],
  ['delete_not_allowed', /\bcan be deleted\b|\b(cannot|can't|can ?not) be deleted\b|not allowed to delete|deletion (is )?not allowed/i],
  ['invalid_state', /\bonly [A-Z_]+\b[^.]* can\b|\bcan only be\b|\balready (active|paused|running|stopped)\b|\b(cannot|can't) be added to an? [A-Z_]+ campaign/i]
]

/** The first code whose wording hint matches `detail`, among `candidates` (default: all). */
export function codeFromWording(detail: string, candidates?: readonly RecognisedCode[]): RecognisedCode | null {
  for (const [code, pattern] of WORDING_HINTS) {
    if ((!candidates || candidates.includes(code)) && pattern.test(detail)) return code
  }
  return null
}

// The resource's current state is an upper-case enum word after "while", "is", "to a" …
const STATE = /\b(?:while|once it is|is currently|is|to an?)\s+([A-Z][A-Z_]{2,})\b/

// Requirement names split on commas and "and"; campaign names only on commas (names may contain "and").
const WORD_LIST = /\s*(?:,|;|\band\b|&)\s*/
const NAME_LIST = /\s*[,;]\s*/

function listAfter(text: string, pattern: RegExp, separator: RegExp, itemMax: number, count: number): string[] {
  const raw = pattern.exec(text)?.[1]
  if (!raw) return []
  return raw
    .split(separator)
    .map((s) => s.trim().replace(/^["'“‘]|["'”’.]$/g, '').trim())
    .filter((s) => s !== '' && s.length <= itemMax)
    .slice(0, count)
}

function numberAfter(text: string, pattern: RegExp): number | undefined {
  const raw = pattern.exec(text)?.[1]
  const value = raw === undefined ? NaN : Number(raw)
  return Number.isFinite(value) ? value : undefined
}

/** Reads the facts a business `detail` states (missing requirements, protocol and reason, …). */
export function hintsFrom(code: RecognisedCode, detail: string): BusinessHints {
  const hints: BusinessHints = {}
  const state = STATE.exec(detail)?.[1]
  if (state && state !== 'SMTP' && state !== 'IMAP') hints.state = state
  switch (code) {
    case 'launch_requirements_missing': {
      const missing = listAfter(detail, /missing (?:launch )?requirements?\s*:\s*([^.;\n]+)/i, WORD_LIST, 100, 20)
        .map((m) => m.toLowerCase())
        .filter((m) => /^[a-z][a-z0-9 _-]*$/.test(m))
      if (missing.length > 0) hints.missing = missing
      break
    }
    case 'variant_distribution_mismatch': {
      const total = numberAfter(detail, /\bgot:?\s*(-?\d+(?:\.\d+)?)/i) ?? numberAfter(detail, /\btotal(?:s| is|:)?\s*(-?\d+(?:\.\d+)?)\s*%?(?!\d)/i)
      if (total !== undefined) hints.total = total
      break
    }
    case 'connection_failed': {
      const protocol = /\b(SMTP|IMAP)\b/i.exec(detail)?.[1]?.toUpperCase()
      if (protocol === 'SMTP' || protocol === 'IMAP') hints.protocol = protocol
      const reason = /\b(?:failed|error)\s*:\s*(.+)$/i.exec(detail)?.[1]?.trim()
      if (reason) hints.reason = reason
      break
    }
    case 'inbox_in_use': {
      const count = numberAfter(detail, /\bby (\d+) (?:active )?campaign/i)
      const campaigns = listAfter(detail, /(?:cannot be deleted|in use by(?: campaigns?)?|used by(?: campaigns?)?)\s*:\s*(.+)$/i, NAME_LIST, 300, 50)
      if (campaigns.length > 0) hints.campaigns = campaigns
      if (count !== undefined && Number.isSafeInteger(count)) hints.count = count
      else if (campaigns.length > 0) hints.count = campaigns.length
      break
    }
    default:
      break
  }
  return hints
}
