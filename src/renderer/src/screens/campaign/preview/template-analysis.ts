/*
 * Checking and rendering ColdSend templates (see template-fields.ts for what they may contain) with
 * liquidjs: which merge fields a template uses, where its syntax is wrong (line and column in what
 * the user typed), and what it says for one lead. Parsed templates are cached by source text.
 */
import type { Template } from 'liquidjs'
import { computedFieldValues, dnDateValue } from './computed-values'
import { GENERATED_PREFIX, rewriteColdsendSyntax, type RewrittenTemplate } from './coldsend-syntax'
import { liquidEngine } from './liquid-engine'
import { positionOf } from './template-source-map'

/** A template problem, with its 1-based position in the template when known. */
export interface TemplateError {
  message: string
  line?: number
  col?: number
}

/** What analyzeTemplate finds: the merge fields used (sorted), and each spintax group's option count. */
export type TemplateAnalysis = { ok: true; mergeFields: string[]; spintaxOptionCounts: number[] } | { ok: false; error: TemplateError }

/** A rendered template, or why it could not be rendered. */
export type TemplateRender = { ok: true; text: string } | { ok: false; error: TemplateError }

/** Choices for a render beyond the data. */
export interface RenderOptions {
  /** Which option every spintax group shows (taken modulo its option count); default 0, the first. */
  spinChoice?: number
  /** Zone whose clock the computed fields read; default the machine's. */
  timeZone?: string
}

type Compiled = { ok: true; rewritten: RewrittenTemplate; templates: Template[]; mergeFields: string[] } | { ok: false; error: TemplateError }

const CACHE_SIZE = 200
const cache = new Map<string, Compiled>()
const POSITION = /,? ?line:(\d+), col:(\d+)\s*$/
const PARTIAL_TAG = /\{%-?\s*(include|render|layout)\b/

function liquidError(error: unknown, rewritten: RewrittenTemplate): TemplateError {
  const raw = error instanceof Error ? error.message : String(error)
  const match = POSITION.exec(raw)
  const message = raw.replace(POSITION, '').trim() || 'Invalid template'
  if (!match) return { message }
  return { message, ...rewritten.map.originalPosition(Number(match[1]), Number(match[2])) }
}

function compile(source: string): Compiled {
  const rewritten = rewriteColdsendSyntax(source)
  if (rewritten.problem) return { ok: false, error: { message: rewritten.problem.message, ...positionOf(source, rewritten.problem.index) } }
  // ColdSend sends each email on its own: there is nothing to include, and the engine is kept from looking.
  const partial = PARTIAL_TAG.exec(source)
  if (partial) {
    return { ok: false, error: { message: `{% ${partial[1]} %} is not available in email templates: there are no other templates to pull in`, ...positionOf(source, partial.index) } }
  }
  try {
    const engine = liquidEngine()
    const templates = engine.parse(rewritten.liquid)
    const mergeFields = engine
      .globalVariablesSync(templates)
      .filter((name) => !name.startsWith(GENERATED_PREFIX))
      .sort()
    return { ok: true, rewritten, templates, mergeFields }
  } catch (error) {
    return { ok: false, error: liquidError(error, rewritten) }
  }
}

function compiled(source: string): Compiled {
  const hit = cache.get(source)
  if (hit) {
    // Refresh its place: the cache drops the least recently used.
    cache.delete(source)
    cache.set(source, hit)
    return hit
  }
  const result = compile(source)
  cache.set(source, result)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return result
}

/** The merge fields a template uses, or its first syntax error with line and column. */
export function analyzeTemplate(source: string): TemplateAnalysis {
  const result = compiled(source)
  if (!result.ok) return result
  return { ok: true, mergeFields: [...result.mergeFields], spintaxOptionCounts: result.rewritten.spintax.map((g) => g.options.length) }
}

/**
 * The template as one lead would receive it (as text: Liquid does not escape, so never insert the
 * result as HTML). `data` holds the lead's fields, custom fields at the top level; computed fields
 * are filled from `now`.
 */
export function renderTemplate(source: string, data: Record<string, unknown>, now: Date, options: RenderOptions = {}): TemplateRender {
  const result = compiled(source)
  if (!result.ok) return result
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const choice = Math.trunc(options.spinChoice ?? 0)
  const scope: Record<string, unknown> = { ...data, ...computedFieldValues(now, timeZone) }
  result.rewritten.spintax.forEach((group, n) => {
    scope[`${GENERATED_PREFIX}spin_${n}`] = ((choice % group.options.length) + group.options.length) % group.options.length
  })
  for (const use of result.rewritten.dnDates) scope[use.variable] = dnDateValue(now, timeZone, use.days, use.format)
  try {
    return { ok: true, text: liquidEngine().renderSync(result.templates, scope) as string }
  } catch (error) {
    return { ok: false, error: liquidError(error, result.rewritten) }
  }
}
