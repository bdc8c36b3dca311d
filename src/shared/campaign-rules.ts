import { campaignLimits, type RuleIssue } from './rules'

/**
 * The documented campaign limits the editor checks before sending (campaigns overview, variants guide):
 * the server stays the authority and its answer always wins, these only spare a round trip.
 */
export const contentLimits = {
  maxVariants: 4,
  maxFollowUps: 3,
  subjectMax: 500,
  contentMin: 10,
  contentMax: 100_000,
  labelMax: 100,
  waitDaysMin: 1,
  waitDaysMax: 30,
  totalWaitDaysMax: 45,
  variantLetters: ['A', 'B', 'C', 'D']
} as const

/** One variant as the rules see it (numbers already parsed; NaN = not a number). */
export interface RuleVariant {
  variant_name: string
  variant_label: string | null
  subject_template: string | null
  email_content: string
  distribution_percent: number
}

/** One follow-up step as the rules see it. */
export interface RuleSequence {
  step_number: number
  wait_days: number
  variants: RuleVariant[]
}

/** The campaign as the editor would send it, minus the schedule (checked with the time-zone aware schedule rules). */
export interface RuleCampaign {
  name: string
  daily_limit_per_inbox: number | null
  ramp_up_enabled: boolean
  ramp_up_increment: number
  ramp_up_max_limit: number
  variants: RuleVariant[]
  sequences: RuleSequence[]
}

const chars = (text: string) => [...text].length
const whole = (n: number) => Number.isInteger(n)

/** Sum of a variant group's percentages (NaN counts as 0), shown live beside the fields. */
export function distributionTotal(variants: ReadonlyArray<{ distribution_percent: number }>): number {
  return variants.reduce((sum, v) => sum + (Number.isFinite(v.distribution_percent) ? v.distribution_percent : 0), 0)
}

/** Percentages that split 100 as evenly as whole numbers allow (3 → 34, 33, 33): the "Balance evenly" fix. */
export function evenDistribution(count: number): number[] {
  if (count <= 0) return []
  const base = Math.floor(100 / count)
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0))
}

function intIssue(path: string, value: number, min: number, max: number | null, what: string): RuleIssue[] {
  if (!whole(value)) return [{ path, msg: `${what} must be a whole number.` }]
  if (value < min || (max !== null && value > max))
    return [{ path, msg: max === null ? `${what} must be at least ${min}.` : `${what} must be between ${min} and ${max}.` }]
  return []
}

// One variant's own fields; `followUp` variants may have no subject (reply in the thread).
function variantIssues(v: RuleVariant, at: string, followUp: boolean): RuleIssue[] {
  const issues: RuleIssue[] = []
  const subject = v.subject_template ?? ''
  if (!followUp && subject.trim() === '') issues.push({ path: `${at}.subject_template`, msg: 'Subject is required.' })
  else if (chars(subject) > contentLimits.subjectMax)
    issues.push({ path: `${at}.subject_template`, msg: `Subject can have at most ${contentLimits.subjectMax} characters (it has ${chars(subject)}).` })
  const length = chars(v.email_content)
  if (length < contentLimits.contentMin)
    issues.push({ path: `${at}.email_content`, msg: `Content needs at least ${contentLimits.contentMin} characters (it has ${length}).` })
  else if (length > contentLimits.contentMax)
    issues.push({ path: `${at}.email_content`, msg: `Content can have at most ${contentLimits.contentMax.toLocaleString('en-US')} characters.` })
  if (v.variant_label !== null && chars(v.variant_label) > contentLimits.labelMax)
    issues.push({ path: `${at}.variant_label`, msg: `Label can have at most ${contentLimits.labelMax} characters.` })
  issues.push(...intIssue(`${at}.distribution_percent`, v.distribution_percent, 0, 100, 'Distribution %'))
  return issues
}

/** Checks one email's variants (the initial email at `variants`, a follow-up at `sequences.N.variants`). */
export function checkVariants(variants: readonly RuleVariant[], at: string, followUp: boolean): RuleIssue[] {
  if (variants.length === 0) return [{ path: at, msg: 'Add at least one variant.' }]
  const issues: RuleIssue[] = []
  if (variants.length > contentLimits.maxVariants) issues.push({ path: at, msg: `At most ${contentLimits.maxVariants} variants (A–D).` })
  variants.forEach((v, i) => issues.push(...variantIssues(v, `${at}.${i}`, followUp)))
  const names = variants.map((v) => v.variant_name.toUpperCase())
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) issues.push({ path: `${at}.${i}.variant_name`, msg: `Variant ${name} appears twice.` })
  })
  const total = distributionTotal(variants)
  if (variants.every((v) => whole(v.distribution_percent)) && total !== 100)
    for (let i = 0; i < variants.length; i++)
      issues.push({ path: `${at}.${i}.distribution_percent`, msg: `Distribution must total 100% (now ${total}%).` })
  return issues
}

/** Checks the follow-up steps: at most three, waits 1–30 days and 45 in total, and their variants. */
export function checkSequences(sequences: readonly RuleSequence[]): RuleIssue[] {
  const issues: RuleIssue[] = []
  if (sequences.length > contentLimits.maxFollowUps) issues.push({ path: 'sequences', msg: `At most ${contentLimits.maxFollowUps} follow-ups.` })
  sequences.forEach((s, i) => {
    issues.push(...intIssue(`sequences.${i}.wait_days`, s.wait_days, contentLimits.waitDaysMin, contentLimits.waitDaysMax, 'Wait'))
    issues.push(...checkVariants(s.variants, `sequences.${i}.variants`, true))
  })
  const total = sequences.reduce((sum, s) => sum + (whole(s.wait_days) ? s.wait_days : 0), 0)
  if (total > contentLimits.totalWaitDaysMax)
    issues.push({ path: 'sequences', msg: `Follow-ups wait ${total} days in total; the limit is ${contentLimits.totalWaitDaysMax}.` })
  return issues
}

/** The editor's local rules other than the schedule's (see the renderer's schedule-rules), in display order. */
export function checkCampaign(c: RuleCampaign): RuleIssue[] {
  const issues: RuleIssue[] = []
  const name = chars(c.name.trim())
  if (name === 0) issues.push({ path: 'name', msg: 'Name is required.' })
  else if (name < campaignLimits.nameMin) issues.push({ path: 'name', msg: `Name needs at least ${campaignLimits.nameMin} characters (it has ${name}).` })
  else if (name > campaignLimits.nameMax) issues.push({ path: 'name', msg: `Name can have at most ${campaignLimits.nameMax} characters (it has ${name}).` })
  if (c.daily_limit_per_inbox !== null)
    issues.push(...intIssue('daily_limit_per_inbox', c.daily_limit_per_inbox, campaignLimits.dailyLimitMin, campaignLimits.dailyLimitMax, 'Daily limit per inbox'))
  if (c.ramp_up_enabled) {
    issues.push(...intIssue('ramp_up_increment', c.ramp_up_increment, 1, null, 'Ramp-up increment'))
    issues.push(...intIssue('ramp_up_max_limit', c.ramp_up_max_limit, 1, null, 'Ramp-up maximum'))
  }
  // No variants yet is a launch requirement, not a save error: the rest of the campaign can still be saved.
  if (c.variants.length > 0) issues.push(...checkVariants(c.variants, 'variants', false))
  issues.push(...checkSequences(c.sequences))
  return issues
}
