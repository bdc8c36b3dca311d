import { useId } from 'react'
import { LEAD_STATUSES } from '../../../../../shared/contract/leads'
import { StatusFilter } from '../../../components/StatusFilter'

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
      <StatusFilter id={`${id}-status`} label="Lead status" statuses={LEAD_STATUSES} value={status} onChange={onStatus} />
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
