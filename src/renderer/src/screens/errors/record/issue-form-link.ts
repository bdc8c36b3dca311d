import type { ErrorLogRecord } from '../../../../../shared/contract/error-log'
import { paths } from '../../../routes/paths'

/** Where a record's field issues can be fixed: the route of the form, and what to call it in a link. */
export interface FormLink {
  to: string
  label: string
}

const ID_KEYS = ['campaign_id', 'campaignId'] as const

// A campaign id the record names: in `extra` (directly or in a logged input), or in a filled path (never a `{template}`).
function campaignIdOf(record: Pick<ErrorLogRecord, 'extra' | 'path'>): string | null {
  const places: unknown[] = [record.extra, (record.extra as { input?: unknown } | undefined)?.input]
  for (const place of places) {
    if (typeof place !== 'object' || place === null) continue
    for (const key of ID_KEYS) {
      const value = (place as Record<string, unknown>)[key]
      if (typeof value === 'string' && value.trim() !== '' && value !== '[redacted]') return value
    }
  }
  const match = /^\/campaigns\/([^/{}]+)(?:\/|$)/.exec(record.path ?? '')
  return match ? decodeURIComponent(match[1]!) : null
}

/**
 * The form that still exists for the operation that failed, so an issue's field path can open it:
 * the campaign editor for a campaign update (when the record names the campaign), the New campaign
 * and New inbox forms for creations. Null when there is no such form or the record does not say which.
 */
export function issueFormLink(record: Pick<ErrorLogRecord, 'operation' | 'extra' | 'path'>): FormLink | null {
  switch (record.operation) {
    case 'campaigns.update': {
      const id = campaignIdOf(record)
      return id ? { to: paths.campaign(id), label: 'the campaign editor' } : null
    }
    case 'leads.add': {
      const id = campaignIdOf(record)
      return id ? { to: paths.campaign(id, 'leads'), label: 'the campaign’s leads' } : null
    }
    case 'campaigns.create':
      return { to: paths.newCampaign(), label: 'the New campaign form' }
    case 'senders.create':
      return { to: paths.newInbox(), label: 'the New inbox form' }
    default:
      return null
  }
}

/** The form's address with the field to open (`…?field=name`), which the forms layer reveals and focuses. */
export function fieldLink(form: FormLink, fieldPath: string): string {
  if (!fieldPath) return form.to
  return `${form.to}${form.to.includes('?') ? '&' : '?'}${new URLSearchParams({ field: fieldPath }).toString()}`
}
