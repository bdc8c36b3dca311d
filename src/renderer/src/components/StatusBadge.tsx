/** Campaign status as a coloured badge; unknown statuses still show, in a neutral colour. */
export function StatusBadge({ status }: { status: string }) {
  const known = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED'].includes(status)
  const label = status ? status.charAt(0) + status.slice(1).toLowerCase() : 'Unknown'
  return <span className={`badge badge--${known ? status.toLowerCase() : 'other'}`}>{label}</span>
}
