/**
 * The documented ColdSend limits, checked in the renderer before sending so the server's 422 is the
 * exception. Messages are the console's own; the server's wording is shown when it answers 422.
 */
export const campaignLimits = {
  nameMin: 8,
  nameMax: 255,
  dailyLimitMin: 1,
  dailyLimitMax: 100
} as const

/** A local check failure on one form path. */
export interface RuleIssue {
  path: string
  msg: string
}

/** Checks the New campaign form against the documented limits; empty when it may be sent. */
export function checkCampaignCreate(draft: { name: string; daily_limit_per_inbox: number | null }): RuleIssue[] {
  const issues: RuleIssue[] = []
  const name = draft.name
  const length = [...name].length
  if (length === 0) issues.push({ path: 'name', msg: 'Name is required.' })
  else if (length < campaignLimits.nameMin)
    issues.push({ path: 'name', msg: `Name needs at least ${campaignLimits.nameMin} characters (it has ${length}).` })
  else if (length > campaignLimits.nameMax)
    issues.push({ path: 'name', msg: `Name can have at most ${campaignLimits.nameMax} characters (it has ${length}).` })
  const limit = draft.daily_limit_per_inbox
  if (limit !== null) {
    if (!Number.isInteger(limit)) issues.push({ path: 'daily_limit_per_inbox', msg: 'Daily limit must be a whole number.' })
    else if (limit < campaignLimits.dailyLimitMin || limit > campaignLimits.dailyLimitMax)
      issues.push({
        path: 'daily_limit_per_inbox',
        msg: `Daily limit per inbox must be between ${campaignLimits.dailyLimitMin} and ${campaignLimits.dailyLimitMax}.`
      })
  }
  return issues
}

// The key-format rule lives beside the schema that enforces it; re-exported so every local check is found here.
export { API_KEY_PATTERN, apiKeyProblem, isApiKeyShaped } from './api-key-rule'
