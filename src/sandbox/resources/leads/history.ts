import { createHash } from 'node:crypto'
import { isoSeconds } from '../../clock'
import type { CampaignRecord } from '../../store/state'
import type { LeadRecord } from './record'

/** Lead statuses that mean at least one email went out (or was attempted, for FAILED/BOUNCED). */
const CONTACTED = new Set(['SENT', 'OPENED', 'REPLIED', 'BOUNCED', 'UNSUBSCRIBED', 'FAILED'])
/** Assumed gap between sequence steps when only the latest send time is known. */
const STEP_GAP_MS = 3 * 86_400_000

// A stable UUID-shaped id from a name, so the same lead always shows the same email and reply ids.
function stableId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// The subject of a step: the campaign's first variant subject, "Re: …" on follow-ups.
function subjectFor(campaign: CampaignRecord, step: number): string {
  const first = campaign.variants[0] as { subject_template?: unknown } | undefined
  const subject = typeof first?.subject_template === 'string' && first.subject_template !== '' ? first.subject_template : `Step ${step}`
  return step > 1 ? `Re: ${subject}` : subject
}

// The sending inbox of a step: the campaign's inboxes in turn, null when none carries an address.
function inboxFor(campaign: CampaignRecord, step: number): string | null {
  const inbox = campaign.inboxes[(step - 1) % Math.max(1, campaign.inboxes.length)] as { email_address?: unknown } | undefined
  return typeof inbox?.email_address === 'string' && inbox.email_address !== '' ? inbox.email_address : null
}

// L4 `email_interactions`: one per step sent, derived from the lead's status, step and timestamps.
export function emailInteractions(lead: LeadRecord, campaign: CampaignRecord) {
  const steps = Math.max(lead.sequence_step, CONTACTED.has(lead.status) ? 1 : 0)
  const lastSent = lead.last_contacted_at ?? lead.created_at
  return Array.from({ length: steps }, (_, i) => {
    const step = i + 1
    const last = step === steps
    const sentAt = isoSeconds(new Date(Date.parse(lastSent) - (steps - step) * STEP_GAP_MS))
    return {
      email_id: stableId(`${lead.lead_id}:email:${step}`),
      sequence_step: step,
      subject: subjectFor(campaign, step),
      sent_at: lead.status === 'FAILED' && last ? null : sentAt,
      opened_at: last && lead.email_opened ? lead.opened_at : null,
      replied_at: last && lead.email_replied ? lead.replied_at : null,
      inbox_email: inboxFor(campaign, step),
      sent: !(lead.status === 'FAILED' && last),
      opened: last && lead.email_opened,
      bounced: last && lead.status === 'BOUNCED'
    }
  })
}

// L4 `replies`: one when the lead replied.
export function leadReplies(lead: LeadRecord, campaign: CampaignRecord) {
  if (!lead.email_replied) return []
  const steps = Math.max(1, lead.sequence_step)
  return [
    {
      reply_id: stableId(`${lead.lead_id}:reply`),
      subject: `Re: ${subjectFor(campaign, steps).replace(/^Re: /, '')}`,
      received_at: lead.replied_at,
      body_preview: lead.unsubscribed ? 'Please remove me from your list.' : 'Thanks for reaching out. Happy to chat next week.',
      is_auto_reply: false,
      is_unsubscribe: lead.unsubscribed
    }
  ]
}
