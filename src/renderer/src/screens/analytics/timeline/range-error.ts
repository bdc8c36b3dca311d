import type { AppError } from '../../../../../shared/contract/app-error'
import type { RangeProblems } from './date-range'

/**
 * Where an API refusal of the timeline range belongs: a 422 issue on `from_date`/`to_date` lands on
 * that field, any other 400/422 (reversed or too long a range) on To. Null when the error is not
 * about the range (offline, server error …): the page's error notice handles those.
 */
export function rangeProblemsOf(error: AppError | null | undefined): RangeProblems | null {
  if (!error) return null
  if (error.kind === 'validation') {
    const on = (name: string) => error.issues.find((i) => i.loc.includes(name) || i.path.endsWith(name))?.msg
    const from = on('from_date')
    const to = on('to_date')
    if (from || to) return { from, to }
  }
  if (error.status !== 400 && error.status !== 422) return null
  return { to: `The API refused this range: ${error.kind === 'business' ? error.detail : error.message}` }
}
