import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { SERIES_KEYS, type SeriesKey } from './chart/series'
import { isDateText, type DateRange } from './timeline/date-range'

/** Columns the campaign table sorts by (the API row's field names). */
export const CAMPAIGN_SORT_KEYS = [
  'campaign_name', 'status', 'created_at', 'total_sent', 'total_opened', 'open_rate', 'total_replied', 'reply_rate', 'total_bounced', 'bounce_rate'
] as const
/** One sortable column. */
export type CampaignSortKey = (typeof CAMPAIGN_SORT_KEYS)[number]

/** What the dashboard shows, from the address (`#/analytics?from=…&to=…&hide=bounced&sort=bounce_rate&dir=desc`). */
export interface AnalyticsParams {
  /** The chosen range; null = the API's default (the last 90 days). */
  range: DateRange | null
  hidden: ReadonlySet<SeriesKey>
  sort: CampaignSortKey
  dir: 'asc' | 'desc'
}

/** Parses the dashboard state from URL search params; anything malformed falls back to the default. */
export function readAnalyticsParams(params: URLSearchParams): AnalyticsParams {
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const hidden = new Set((params.get('hide') ?? '').split(',').filter((k): k is SeriesKey => (SERIES_KEYS as readonly string[]).includes(k)))
  const sort = params.get('sort') ?? ''
  return {
    // Both ends must be calendar dates; anything else in the address means the API's default range.
    range: isDateText(from) && isDateText(to) ? { from, to } : null,
    hidden,
    sort: (CAMPAIGN_SORT_KEYS as readonly string[]).includes(sort) ? (sort as CampaignSortKey) : 'created_at',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc'
  }
}

/** Writes a dashboard state into search params, leaving defaults out so the address stays short. */
export function writeAnalyticsParams(state: AnalyticsParams, base: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(base)
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key))
  set('from', state.range?.from ?? null)
  set('to', state.range?.to ?? null)
  set('hide', SERIES_KEYS.filter((k) => state.hidden.has(k)).join(',') || null)
  set('sort', state.sort === 'created_at' ? null : state.sort)
  set('dir', state.sort === 'created_at' && state.dir === 'desc' ? null : state.dir)
  return next
}

/** The dashboard state plus a setter that writes the address (a new range is a history entry; toggles and sorting replace it). */
export function useAnalyticsParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => readAnalyticsParams(params), [params])
  const update = useCallback(
    (patch: Partial<AnalyticsParams>) =>
      setParams((current) => writeAnalyticsParams({ ...readAnalyticsParams(current), ...patch }, current), { replace: !('range' in patch) }),
    [setParams]
  )
  return { state, update }
}
