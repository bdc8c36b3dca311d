/*
 * The merge fields a ColdSend template can use.
 *
 * Subjects and bodies are Liquid templates in plain text (line breaks are `\n`). A template can use:
 * - the standard lead fields below;
 * - every other column of the uploaded CSV, which becomes a custom field of the lead and is used by
 *   its column name, `{{column_name}}`;
 * - fields ColdSend computes at send time: `{{dn_time_of_day}}`, `{{dn_day_of_week}}`,
 *   `{{dn_day_name}}`, and `{{dn_date 2 days from now dddd, MMMM Do}}` (the date N days ahead,
 *   written with a moment.js-style format);
 * - spintax, `{{Hi|Hello|Hey}}`: two or more options, one picked per email; an option may itself
 *   contain merge fields;
 * - Liquid logic: if / else / unless, comparisons, and / or, `contains`, empty checks, and filters
 *   such as a fallback, `{{ first_name | default: "there" }}`.
 */

/** Lead fields every lead has (they may be empty). */
export const STANDARD_FIELDS = ['email', 'first_name', 'last_name', 'company', 'job_title'] as const

/** Fields ColdSend fills in itself when it sends (`dn_date` is written with arguments, see above). */
export const COMPUTED_FIELDS = ['dn_time_of_day', 'dn_day_of_week', 'dn_day_name', 'dn_date'] as const

const always = new Set<string>([...STANDARD_FIELDS, ...COMPUTED_FIELDS])

/** True for fields that exist whatever the leads are (standard and computed). */
export function isAlwaysKnownField(name: string): boolean {
  return always.has(name)
}

/** True for the fields ColdSend computes at send time. */
export function isComputedField(name: string): boolean {
  return (COMPUTED_FIELDS as readonly string[]).includes(name)
}
