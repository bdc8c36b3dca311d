import { distributionTotal } from '../../../../../shared/campaign-rules'
import type { Sender } from '../../../../../shared/contract/senders'
import { scheduleProblems } from '../schedule/send-windows'
import { editorSchedule, ruleCampaign } from './editor-payload'
import type { EditorValues } from './editor-values'

/** Where the fix for an unmet item is: the Leads section, or a part of the editor (a path to reveal). */
export type ChecklistFix = { section: 'leads' } | { path: string }

/** One line of the launch checklist. */
export interface ChecklistItem {
  id: 'leads' | 'inboxes' | 'variants' | 'distribution' | 'schedule' | 'saved' | 'server'
  label: string
  ok: boolean
  /** Why it is not met, when it is not. */
  detail: string | null
  fix: ChecklistFix | null
  fixLabel: string | null
}

/** What the checklist is built from: the saved campaign, the editor's values, inboxes, and the server's verdict. */
export interface ChecklistInput {
  status: string
  totalLeads: number
  saved: EditorValues
  unsaved: boolean
  inboxes: ReadonlyArray<Pick<Sender, 'inbox_id' | 'overall_status'>> | null
  /** `missing_requirements` from the server's last answer (a save or a refused launch); null when not asked yet. */
  serverMissing: readonly string[] | null
}

const KNOWN = new Set(['leads', 'inboxes', 'variants'])

/**
 * The launch checklist: the server's `missing_requirements` plus the console's own checks (a lead,
 * an active inbox, a variant, distribution = 100, a valid schedule, nothing unsaved). Checked
 * against the SAVED campaign, since launch sends what is saved. The server's answer wins: a
 * requirement it names stays unmet even when the console's own check passes.
 */
export function launchChecklist(input: ChecklistInput): ChecklistItem[] {
  const server = new Set(input.serverMissing ?? [])
  const rules = ruleCampaign(input.saved)
  const activeInboxes = input.saved.inbox_ids.filter((id) => input.inboxes?.find((i) => i.inbox_id === id)?.overall_status === 'ACTIVE')
  const total = distributionTotal(rules.variants)
  const schedule = scheduleProblems(editorSchedule(input.saved))
  const items: ChecklistItem[] = [
    {
      id: 'leads',
      label: 'At least one lead',
      ok: input.totalLeads > 0 && !server.has('leads'),
      detail: input.totalLeads > 0 ? (server.has('leads') ? 'ColdSend reports no leads yet (an upload may still be importing).' : null) : 'The campaign has no leads.',
      fix: { section: 'leads' },
      fixLabel: 'Add leads'
    },
    {
      id: 'inboxes',
      label: 'At least one active inbox',
      ok: activeInboxes.length > 0 && !server.has('inboxes'),
      detail:
        input.saved.inbox_ids.length === 0
          ? 'No inbox is assigned.'
          : activeInboxes.length === 0
            ? input.inboxes === null
              ? 'Checking the assigned inboxes…'
              : 'None of the assigned inboxes is active.'
            : server.has('inboxes')
              ? 'ColdSend reports no usable inbox.'
              : null,
      fix: { path: 'inbox_ids.root' },
      fixLabel: 'Choose inboxes'
    },
    {
      id: 'variants',
      label: 'At least one email variant',
      ok: rules.variants.length > 0 && !server.has('variants'),
      detail: rules.variants.length > 0 ? null : 'The first email has no variant yet.',
      fix: { path: 'variants.root' },
      fixLabel: 'Write the email'
    },
    {
      id: 'distribution',
      label: 'Variant distribution adds up to 100%',
      ok: rules.variants.length === 0 || total === 100,
      detail: rules.variants.length === 0 || total === 100 ? null : `The variants add up to ${total}%.`,
      fix: { path: 'variants.root' },
      fixLabel: 'Fix the distribution'
    },
    {
      id: 'schedule',
      label: 'A valid schedule',
      ok: schedule.length === 0,
      detail: schedule[0]?.msg ?? null,
      fix: { path: schedule[0]?.path ?? 'sending_days' },
      fixLabel: 'Fix the schedule'
    },
    {
      id: 'saved',
      label: 'All changes saved',
      ok: !input.unsaved,
      detail: input.unsaved ? 'Launch sends the saved campaign; save your changes first.' : null,
      fix: null,
      fixLabel: null
    }
  ]
  const others = [...server].filter((m) => !KNOWN.has(m))
  if (others.length > 0)
    items.push({ id: 'server', label: 'ColdSend’s other requirements', ok: false, detail: `ColdSend also reports: ${others.join(', ')}.`, fix: null, fixLabel: null })
  return items
}

/** True when every item is met and the campaign can be launched (only DRAFT campaigns launch). */
export function readyToLaunch(status: string, items: readonly ChecklistItem[]): boolean {
  return status === 'DRAFT' && items.every((i) => i.ok)
}
