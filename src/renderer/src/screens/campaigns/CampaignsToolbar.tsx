import { useEffect, useState } from 'react'
import { CAMPAIGN_STATUSES } from '../../../../shared/contract/campaigns'
import { CAMPAIGN_SORTS, type CampaignSort, type CampaignStatus } from './use-campaign-list-params'
import { StatusFilter } from '../../components/StatusFilter'

const SEARCH_DELAY_MS = 300

/** Props: current filters and the handlers that apply them. */
export interface CampaignsToolbarProps {
  status: CampaignStatus | null
  search: string
  onStatus: (status: CampaignStatus | null) => void
  onSearch: (search: string) => void
  sort: CampaignSort
  onSort: (sort: CampaignSort) => void
}


/** Status filter and order (apply at once) and name search (debounced, so typing does not spend the rate limit). */
export function CampaignsToolbar({ status, search, onStatus, onSearch, sort, onSort }: CampaignsToolbarProps) {
  const [text, setText] = useState(search)
  // The address changed from outside (Clear filters, Back): show what the list now filters by.
  // Our own debounced value coming back is not an outside change: typing goes on undisturbed.
  const [shownSearch, setShownSearch] = useState(search)
  const [sent, setSent] = useState(search)
  if (search !== shownSearch) {
    setShownSearch(search)
    if (search !== sent) setText(search)
  }

  useEffect(() => {
    if (text === search) return
    const timer = setTimeout(() => {
      setSent(text)
      onSearch(text)
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, search, onSearch])

  return (
    <div className="toolbar" role="search">
      <StatusFilter
        id="campaign-status-filter"
        label="Status"
        statuses={CAMPAIGN_STATUSES}
        value={status ?? ''}
        onChange={(value) => onStatus(value === '' ? null : (value as CampaignStatus))}
      />
      <div className="toolbar__item">
        <label htmlFor="campaign-sort">Sort by</label>
        <select id="campaign-sort" value={sort} onChange={(e) => onSort(e.target.value as CampaignSort)}>
          {(Object.keys(CAMPAIGN_SORTS) as CampaignSort[]).map((key) => (
            <option key={key} value={key}>
              {CAMPAIGN_SORTS[key].label}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__item toolbar__item--grow">
        <label htmlFor="campaign-search">Search campaigns</label>
        <input id="campaign-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
    </div>
  )
}
