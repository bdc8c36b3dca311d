import { useId } from 'react'
import { LEAD_STATUSES } from '../../../../../shared/contract/leads'
import { statusLabel } from '../../../format/status-label'

/** Props: the status and search text as typed, and their setters (the list debounces the search). */
export interface LeadFiltersProps {
  status: string
  search: string
  onStatus: (status: string) => void
  onSearch: (search: string) => void
}


/** The lead list's status filter (documented statuses) and search box (email, names, company). */
export function LeadFilters({ status, search, onStatus, onSearch }: LeadFiltersProps) {
  const id = useId()
  return (
    <div className="toolbar" role="search" aria-label="Filter leads">
      <div className="toolbar__item">
        <label htmlFor={`${id}-status`}>Lead status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => onStatus(e.target.value)}>
          <option value="">All statuses</option>
          {LEAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__item toolbar__item--grow">
        <label htmlFor={`${id}-search`}>Search leads</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          placeholder="Email, name or company"
          maxLength={255}
          autoComplete="off"
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
    </div>
  )
}
