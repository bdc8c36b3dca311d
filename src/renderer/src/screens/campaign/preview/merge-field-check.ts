/*
 * Warnings for the campaign editor before it saves: merge fields no lead of the campaign has (with a
 * "did you mean" when it looks like a typo) and template syntax errors, keyed by the field's path.
 */
import { closestMatch } from './edit-distance'
import { analyzeTemplate } from './template-analysis'
import { STANDARD_FIELDS, COMPUTED_FIELDS, isAlwaysKnownField } from './template-fields'

/** One warning on one template field (`path` as the caller named it, e.g. `variants.0.subject_template`). */
export interface TemplateWarning {
  path: string
  msg: string
}

/**
 * The fields in `used` that no lead has: not standard (email, first_name …), not computed
 * (dn_time_of_day …) and not among `leadFields`, the custom field names found on the campaign's leads.
 */
export function unknownMergeFields(used: string[], leadFields: Iterable<string>): string[] {
  const custom = new Set(leadFields)
  return used.filter((name) => !isAlwaysKnownField(name) && !custom.has(name))
}

/** The known field an unknown one was probably meant to be (closest by edit distance, when close), or null. */
export function suggestedField(field: string, leadFields: Iterable<string>): string | null {
  return closestMatch(field, [...STANDARD_FIELDS, ...COMPUTED_FIELDS.filter((f) => f !== 'dn_date'), ...leadFields])
}

/** The message for one unknown field, with the closest known field when it looks like a typo. */
export function unknownFieldMessage(field: string, leadFields: Iterable<string>): string {
  const guess = suggestedField(field, leadFields)
  const base = `\`{{ ${field} }}\` is not a field of any lead of this campaign`
  return guess ? `${base} — did you mean \`${guess}\`?` : `${base}; it will be empty unless a default is given.`
}

/** "Template error on line 2: … (column 5)" */
export function templateErrorMessage(error: { message: string; line?: number; col?: number }): string {
  if (error.line === undefined) return `Template error: ${error.message}`
  return `Template error on line ${error.line}: ${error.message}${error.col === undefined ? '' : ` (column ${error.col})`}`
}

/** Every warning for the given templates: a syntax error, else one warning per unknown merge field. */
export function templateWarnings(templates: Array<{ path: string; source: string }>, leadFields: Iterable<string>): TemplateWarning[] {
  const fields = [...leadFields]
  const warnings: TemplateWarning[] = []
  for (const { path, source } of templates) {
    const analysis = analyzeTemplate(source)
    if (!analysis.ok) {
      warnings.push({ path, msg: templateErrorMessage(analysis.error) })
      continue
    }
    for (const field of unknownMergeFields(analysis.mergeFields, fields)) warnings.push({ path, msg: unknownFieldMessage(field, fields) })
  }
  return warnings
}
