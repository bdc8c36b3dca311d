import { statusLabel } from '../format/status-label'
/** Campaign status as a coloured badge; unknown statuses still show, in a neutral colour. */
export function StatusBadge({ status }: { status: string }) {
  const known = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED'].includes(status)
  const label = statusLabel(status)
  return <span className={`badge badge--${known ? status.toLowerCase() : 'other'}`}>{label}</span>
}
