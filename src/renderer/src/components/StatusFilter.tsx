import { statusLabel } from '../format/status-label'

/** Props: the select's label and id, the statuses to offer, the chosen one ('' = all) and what to do on a change. */
export interface StatusFilterProps {
  id: string
  label: string
  statuses: readonly string[]
  value: string
  onChange: (status: string) => void
}

/** A labelled toolbar select of statuses with "All statuses" first; lists of campaigns, leads and inboxes share it. */
export function StatusFilter({ id, label, statuses, value, onChange }: StatusFilterProps) {
  return (
    <div className="toolbar__item">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All statuses</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
    </div>
  )
}
