import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'
import { recogniseBusiness, type BusinessVerdict } from './business-rules'
import type { ResponseFacts } from './response-facts'
import { cleanServerText, type TextRedactor } from './server-text'

const list = (items: readonly string[]) => items.join(', ')

// One sentence per code in the console's words; the server's own words stay in `detail`.
function messageFor(v: BusinessVerdict, detail: string): string {
  const thing = v.resource ?? 'item'
  switch (v.code) {
    case 'campaign_not_modifiable':
      return v.state ? `The campaign is ${v.state} and cannot be changed this way.` : 'The campaign cannot be changed in its current state.'
    case 'launch_requirements_missing':
      return v.missing ? `The campaign cannot launch yet; it is missing: ${list(v.missing)}.` : 'The campaign does not meet the launch requirements yet.'
    case 'variant_distribution_mismatch':
      return v.total !== undefined ? `Variant distribution adds up to ${v.total}%, not 100%.` : 'Variant distribution percentages must add up to exactly 100%.'
    case 'connection_failed':
      return `${v.protocol ?? 'Mail server'} connection check failed${v.reason ? `: ${v.reason}` : '.'}`
    case 'inbox_in_use':
      return v.campaigns ? `This inbox is used by ${list(v.campaigns)} and cannot be deleted.`
        : v.count !== undefined ? `This inbox is used by ${v.count} campaign(s) and cannot be deleted.` : 'This inbox is assigned to a campaign and cannot be deleted.'
    case 'delete_not_allowed':
      return `This ${thing} cannot be deleted in its current state${v.state ? ` (${v.state})` : ''}.`
    case 'invalid_state':
      return `Not possible while the ${thing} is ${v.state ?? 'in its current state'}.`
    case 'request_refused':
      return detail
  }
}

/**
 * Builds the business AppError for a 400 (or 422) with a string detail: code, guidance and
 * stated facts from `recogniseBusiness`, the detail verbatim, every server string cleaned.
 */
export function businessError(facts: ResponseFacts, rawDetail: string, now: number, redact?: TextRedactor): AppError {
  const detail = cleanServerText(rawDetail, 4000, redact)
  const verdict = recogniseBusiness(facts.operation, detail)
  const clean = (text: string, max: number) => cleanServerText(text, max, redact)
  const { code, guidance, resource, state, missing, total, protocol, reason, campaigns, count } = verdict
  return makeAppError({
    ...facts,
    kind: 'business',
    code,
    detail: detail || 'Bad request',
    guidance,
    message: clean(messageFor(verdict, detail || 'ColdSend refused the request.'), 2000),
    ...(resource ? { resource } : {}),
    ...(state ? { state: state.slice(0, 40) } : {}),
    ...(missing ? { missing } : {}),
    ...(total !== undefined ? { total } : {}),
    ...(protocol ? { protocol } : {}),
    ...(reason ? { reason: clean(reason, 500) } : {}),
    ...(campaigns ? { campaigns } : {}),
    ...(count !== undefined ? { count } : {})
  }, now)
}
