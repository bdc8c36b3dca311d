import type { BusinessCode, GuidanceId } from '../../../shared/contract/app-error'
import { codeFromWording, hintsFrom, type BusinessHints, type RecognisedCode } from './business-wording'
import { describeOperation, type OperationFacts, type ResourceName } from './operation-facts'

/** A recognised business error: its code, the fix recipe, what it is about, and the stated facts. */
export interface BusinessVerdict extends BusinessHints {
  code: BusinessCode
  guidance: GuidanceId
  resource?: ResourceName
}

/** Which codes a 400 on this operation can mean, and the one it means when the wording says nothing. */
interface OperationRule {
  candidates: readonly RecognisedCode[]
  fallback?: RecognisedCode
}

const CAMPAIGN_EDIT: readonly RecognisedCode[] = ['campaign_not_modifiable', 'launch_requirements_missing', 'variant_distribution_mismatch']

/**
 * Status + operation first (design §3): the operation narrows the candidates, and where the API
 * documents only one 400 for it (delete a campaign, delete a lead, delete an inbox, add an inbox,
 * pause/resume), that one is the answer whatever the words say.
 */
function ruleFor(op: OperationFacts): OperationRule {
  switch (`${op.resource ?? '-'}/${op.action}`) {
    case 'campaign/update':
    case 'campaign/launch':
      return { candidates: CAMPAIGN_EDIT }
    case 'campaign/create':
      return { candidates: ['variant_distribution_mismatch'] }
    case 'campaign/delete':
      return { candidates: ['delete_not_allowed'], fallback: 'delete_not_allowed' }
    case 'campaign/pause':
    case 'campaign/activate':
    case 'sender account/pause':
    case 'sender account/activate':
      return { candidates: ['invalid_state'], fallback: 'invalid_state' }
    case 'lead/delete':
      return { candidates: ['delete_not_allowed'], fallback: 'delete_not_allowed' }
    case 'lead/create':
      return { candidates: ['invalid_state'] }
    case 'sender account/create':
      return { candidates: ['connection_failed'], ...(op.bulk ? {} : { fallback: 'connection_failed' as const }) }
    case 'sender account/test':
      return { candidates: ['invalid_state', 'connection_failed'], fallback: 'connection_failed' }
    case 'sender account/delete':
      return op.bulk ? { candidates: ['inbox_in_use'] } : { candidates: ['inbox_in_use'], fallback: 'inbox_in_use' }
    default:
      return { candidates: [] }
  }
}

const FINISHED_STATES = new Set(['COMPLETED', 'FINISHED', 'ARCHIVED', 'STOPPED', 'CANCELLED', 'CANCELED'])

function guidanceFor(code: BusinessCode, hints: BusinessHints, resource: ResourceName | null): GuidanceId {
  switch (code) {
    case 'campaign_not_modifiable':
      if (hints.state !== undefined && FINISHED_STATES.has(hints.state)) return 'create-new-campaign'
      return hints.state === 'PAUSED' ? 'resume-campaign' : 'pause-then-edit'
    case 'launch_requirements_missing': return 'complete-launch-requirements'
    case 'variant_distribution_mismatch': return 'fix-distribution'
    case 'connection_failed': return 'fix-connection'
    case 'inbox_in_use': return 'unassign-inbox'
    case 'delete_not_allowed':
      return resource === 'lead' ? 'lead-not-deletable' : resource === 'campaign' ? 'pause-then-delete' : 'refresh-list'
    case 'invalid_state': return 'refresh-list'
    case 'request_refused': return 'fix-request'
  }
}

// The resource a code is about, when the operation alone does not say (unknown operation names).
const CODE_RESOURCE: Partial<Record<BusinessCode, ResourceName>> = {
  campaign_not_modifiable: 'campaign',
  launch_requirements_missing: 'campaign',
  variant_distribution_mismatch: 'campaign',
  connection_failed: 'sender account',
  inbox_in_use: 'sender account'
}

/**
 * Recognises the business rule behind a 400 with a string detail: the operation's candidates
 * by wording, then the operation's documented fallback, then any code by wording, else
 * `request_refused`. Never fails; the detail stays verbatim beside the code.
 */
export function recogniseBusiness(operation: string, detail: string): BusinessVerdict {
  const op = describeOperation(operation)
  const rule = ruleFor(op)
  const code: BusinessCode =
    (rule.candidates.length > 0 ? codeFromWording(detail, rule.candidates) : null) ?? rule.fallback ?? codeFromWording(detail) ?? 'request_refused'
  const hints = code === 'request_refused' ? {} : hintsFrom(code, detail)
  // "Leads cannot be added to a COMPLETED campaign": the state named is the campaign's.
  const resource = (code === 'invalid_state' && op.resource === 'lead' && op.action === 'create' ? 'campaign' : CODE_RESOURCE[code]) ?? op.resource ?? undefined
  return { ...hints, code, guidance: guidanceFor(code, hints, resource ?? null), ...(resource ? { resource } : {}) }
}
