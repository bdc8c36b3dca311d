import { useEffect, useEffectEvent, useState } from 'react'
import { INBOX_STATUSES, INBOX_TYPES } from '../../../../shared/contract/senders'
import { useDebouncedValue } from '../../query/use-debounced-value'
import { INBOX_TYPE_LABELS } from './inbox-draft'
import type { InboxListState } from './use-inbox-list-params'
import { StatusFilter } from '../../components/StatusFilter'


/** Status and type filters (applied at once) and a search box (debounced, so typing spends no rate limit). */
export function InboxesToolbar({ state, onChange }: { state: InboxListState; onChange: (patch: Partial<InboxListState>) => void }) {
  const [text, setText] = useState(state.search)
  const settled = useDebouncedValue(text, 300)
  // Only a settled change of the typed text searches; the address changing alone does not retype it.
  const search = useEffectEvent((typed: string) => {
    if (typed.trim() !== state.search) onChange({ search: typed })
  })
  useEffect(() => search(settled), [settled])
  return (
    <div className="toolbar" role="search">
      <StatusFilter
        id="inbox-status-filter"
        label="Status"
        statuses={INBOX_STATUSES}
        value={state.status ?? ''}
        onChange={(status) => onChange({ status: (status || null) as InboxListState['status'] })}
      />
      <div className="toolbar__item">
        <label htmlFor="inbox-type-filter">Type</label>
        <select id="inbox-type-filter" value={state.type ?? ''} onChange={(e) => onChange({ type: (e.target.value || null) as InboxListState['type'] })}>
          <option value="">All types</option>
          {INBOX_TYPES.map((t) => (
            <option key={t} value={t}>
              {INBOX_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__item toolbar__item--grow">
        <label htmlFor="inbox-search">Search inboxes</label>
        <input id="inbox-search" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Email or name" />
      </div>
    </div>
  )
}
