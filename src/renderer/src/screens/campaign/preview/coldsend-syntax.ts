/*
 * ColdSend templates are Liquid plus two things Liquid does not know: spintax `{{Hi|Hello}}` and
 * `{{dn_date 2 days from now dddd, MMMM Do}}`. This rewrites both into plain Liquid (recording where
 * every piece came from) so liquidjs can parse, list and render the result:
 *
 *   {{Hi {{first_name}}|Hello}}  →  {% case __cs_spin_0 %}{% when 0 %}Hi {{first_name}}{% when 1 %}Hello{% endcase %}
 *   {{dn_date 2 days from now dddd}}  →  {{ __cs_dn_date_0 }}
 *
 * The options stay in the Liquid text, so their merge fields are listed and their errors found, and
 * the renderer picks an option by setting `__cs_spin_<n>`.
 *
 * Spintax or filter? `{{ first_name | default: "there" }}` is Liquid, `{{Hi|Hello}}` is spintax. The
 * rule: Liquid when the part before the first `|` is a Liquid value (a name such as `first_name` or
 * `lead.city`, a quoted string, a number) and every part after it is a filter call — a filter the
 * engine knows, with or without `: arguments`, or an unknown name followed by `:` and Liquid-looking
 * arguments (a misspelt filter, `defualt: "there"`, which Liquid then reports). Anything else with
 * a `|` outside nested tags is spintax. Options are kept verbatim, spaces included.
 */
import { knownFilterNames } from './liquid-engine'
import { SourceMapBuilder } from './template-source-map'

/** Prefix of the variables this rewrite introduces; never a merge field. */
export const GENERATED_PREFIX = '__cs_'

/** One spintax group: its options as typed, and where it starts in the original. */
export interface SpintaxGroup {
  options: string[]
  index: number
}

/** One `dn_date` use: the variable standing for it and what to compute. */
export interface DnDateUse {
  variable: string
  days: number
  format: string
}

/** The Liquid text made from a ColdSend template, with what the rewrite found. */
export interface RewrittenTemplate {
  liquid: string
  map: SourceMapBuilder
  spintax: SpintaxGroup[]
  dnDates: DnDateUse[]
  /** Something ColdSend-specific that is malformed, with its original offset. */
  problem: { message: string; index: number } | null
}

/** The format `dn_date` uses when none is given. */
export const DEFAULT_DN_DATE_FORMAT = 'dddd, MMMM Do'

const DN_DATE = /^\s*dn_date\s+(\d+)\s+days?\s+from\s+now(?:\s+([\s\S]*?))?\s*$/
const VALUE = /^\s*(?:[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])*|"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|\(\s*\S+\s*\.\.\s*\S+\s*\))\s*$/
const LITERAL = String.raw`(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|[A-Za-z_][\w.]*)`
const FILTER_CALL = /^\s*([A-Za-z_][\w]*)\s*(?::([\s\S]*))?$/
const LITERAL_ARGS = new RegExp(`^\\s*${LITERAL}(?:\\s*,\\s*(?:[A-Za-z_]\\w*\\s*:\\s*)?${LITERAL})*\\s*$`)

/**
 * Offsets [start, end) of the parts of `text` between `|` signs outside nested tags and, if asked,
 * outside quotes — then null when a quote is left open (an apostrophe in prose, not Liquid).
 */
function splitTopLevel(text: string, respectQuotes: true): Array<[number, number]> | null
function splitTopLevel(text: string, respectQuotes: false): Array<[number, number]>
function splitTopLevel(text: string, respectQuotes: boolean): Array<[number, number]> | null {
  const parts: Array<[number, number]> = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const pair = text.slice(i, i + 2)
    if (quote) {
      if (ch === quote) quote = null
    } else if (pair === '{{' || pair === '{%') {
      depth++
      i++
    } else if ((pair === '}}' || pair === '%}') && depth > 0) {
      depth--
      i++
    } else if (respectQuotes && depth === 0 && (ch === '"' || ch === "'")) {
      quote = ch
    } else if (ch === '|' && depth === 0) {
      parts.push([start, i])
      start = i + 1
    }
  }
  parts.push([start, text.length])
  return quote ? null : parts
}

function isFilterCall(segment: string): boolean {
  const match = FILTER_CALL.exec(segment)
  if (!match) return false
  const [, name, args] = match
  if (knownFilterNames().has(name ?? '')) return true
  return args !== undefined && LITERAL_ARGS.test(args)
}

/** What the inside of a `{{ … }}` is. */
export type OutputKind = { kind: 'liquid' } | { kind: 'spintax'; options: Array<[number, number]> } | { kind: 'dn_date'; days: number; format: string } | { kind: 'bad_dn_date' }

/** Classifies the text between `{{` and `}}` (see the rule at the top of this file). */
export function classifyOutput(inner: string): OutputKind {
  const body = inner.replace(/^-/, '').replace(/-$/, '')
  if (/^\s*dn_date(?![\w.])/.test(body)) {
    const match = DN_DATE.exec(body)
    return match ? { kind: 'dn_date', days: Number(match[1]), format: match[2] || DEFAULT_DN_DATE_FORMAT } : { kind: 'bad_dn_date' }
  }
  const nested = inner.includes('{{') || inner.includes('{%')
  const parts = nested ? null : splitTopLevel(body, true)
  if (parts) {
    const [head, ...filters] = parts.map(([a, b]) => body.slice(a, b))
    if (filters.length === 0) return { kind: 'liquid' }
    if (VALUE.test(head ?? '') && filters.every(isFilterCall)) return { kind: 'liquid' }
  }
  const options = splitTopLevel(inner, false)
  return options.length >= 2 ? { kind: 'spintax', options } : { kind: 'liquid' }
}

/** Index of the `}}` closing the `{{` at `open`, nested `{{ }}` counted; -1 if unclosed before `limit`. */
function closingBraces(source: string, open: number, limit: number): number {
  let depth = 0
  for (let i = open; i < limit - 1; i++) {
    const pair = source.slice(i, i + 2)
    if (pair === '{{') {
      depth++
      i++
    } else if (pair === '}}') {
      depth--
      if (depth === 0) return i
      i++
    }
  }
  return -1
}

/** End offset of the `{% … %}` tag at `open` (and of its `{% endraw %}` / `{% endcomment %}`); -1 if unclosed. */
function tagEnd(source: string, open: number, limit: number): number {
  const close = source.indexOf('%}', open + 2)
  if (close < 0 || close + 2 > limit) return -1
  const name = /^\{%-?\s*(\w+)/.exec(source.slice(open, close))?.[1]
  if (name !== 'raw' && name !== 'comment') return close + 2
  const end = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g')
  end.lastIndex = close + 2
  const match = end.exec(source)
  return match && match.index + match[0].length <= limit ? match.index + match[0].length : -1
}

/** Rewrites a ColdSend template into Liquid (see the top of this file). */
export function rewriteColdsendSyntax(source: string): RewrittenTemplate {
  const map = new SourceMapBuilder(source)
  const result: RewrittenTemplate = { liquid: '', map, spintax: [], dnDates: [], problem: null }

  const scan = (from: number, to: number) => {
    let copyFrom = from
    let i = from
    while (i < to - 1) {
      const open = source.indexOf('{', i)
      if (open < 0 || open >= to - 1) break
      const pair = source.slice(open, open + 2)
      if (pair === '{%') {
        const end = tagEnd(source, open, to)
        if (end < 0) break
        i = end
        continue
      }
      if (pair !== '{{') {
        i = open + 1
        continue
      }
      const close = closingBraces(source, open, to)
      if (close < 0) break
      const innerStart = open + 2
      const what = classifyOutput(source.slice(innerStart, close))
      if (what.kind === 'bad_dn_date') {
        result.problem ??= { message: 'Write dn_date as {{dn_date N days from now FORMAT}}, for example {{dn_date 2 days from now dddd, MMMM Do}}', index: open }
      } else if (what.kind === 'dn_date') {
        map.copy(copyFrom, open)
        const variable = `${GENERATED_PREFIX}dn_date_${result.dnDates.length}`
        result.dnDates.push({ variable, days: what.days, format: what.format })
        map.emit(`{{ ${variable} }}`, open)
        copyFrom = close + 2
      } else if (what.kind === 'spintax') {
        map.copy(copyFrom, open)
        const n = result.spintax.length
        result.spintax.push({ options: what.options.map(([a, b]) => source.slice(innerStart + a, innerStart + b)), index: open })
        map.emit(`{% case ${GENERATED_PREFIX}spin_${n} %}`, open)
        what.options.forEach(([a, b], k) => {
          map.emit(`{% when ${k} %}`, innerStart + a)
          scan(innerStart + a, innerStart + b)
        })
        map.emit('{% endcase %}', close)
        copyFrom = close + 2
      }
      i = close + 2
    }
    map.copy(copyFrom, to)
  }

  scan(0, source.length)
  result.liquid = map.output
  return result
}
