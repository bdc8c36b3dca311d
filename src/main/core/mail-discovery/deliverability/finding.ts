import type { DeliverabilityItem } from '../../../../shared/contract/mail-discovery'

/** One problem a check found; the item's status is the worst severity among them. */
export interface Finding {
  severity: 'warn' | 'fail'
  summary: string
  fix: string
}

/** Folds findings into one item: pass when there are none, else the worst severity with joined texts. */
export function itemFromFindings(
  id: DeliverabilityItem['id'],
  record: string | null,
  findings: Finding[],
  passSummary: string
): DeliverabilityItem {
  if (findings.length === 0) return { id, status: 'pass', record, summary: passSummary, fix: '' }
  const status = findings.some((f) => f.severity === 'fail') ? 'fail' : 'warn'
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fail' ? -1 : 1))
  return {
    id,
    status,
    record,
    summary: ordered.map((f) => f.summary).join(' '),
    fix: [...new Set(ordered.map((f) => f.fix).filter(Boolean))].join(' ')
  }
}

/** The Google/Yahoo bulk-sender rules (in force since February 2024), quoted in fixes. */
export const BULK_SENDER_RULES =
  'Google and Yahoo require every sender to have SPF or DKIM, and bulk senders (over 5,000 messages a day to Gmail) to have SPF and DKIM, ' +
  'DMARC of at least p=none, a From domain aligned with SPF or DKIM, and one-click unsubscribe.'

/** An item saying a check could not run (DNS failure), so the operator knows it was not a pass. */
export function unchecked(id: DeliverabilityItem['id'], what: string, err: unknown): DeliverabilityItem {
  return {
    id,
    status: 'warn',
    record: null,
    summary: `Could not check ${what}: ${(err as Error).message}.`,
    fix: 'Check your network or DNS and run the check again.'
  }
}
