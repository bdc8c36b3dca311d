import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

/** The time ranges offered, as kept in the address (`custom` uses `from` / `to`). */
export const TIME_RANGES = ['1h', '24h', '7d', '30d', 'all', 'custom'] as const
/** One time range choice. */
export type TimeRange = (typeof TIME_RANGES)[number]

/** Status classes offered by the Status select ('' = all). */
export const STATUS_CLASSES = ['4xx', '5xx', 'none'] as const
/** One status class. */
export type StatusClass = (typeof STATUS_CLASSES)[number]

/** Which records the viewer reads: this computer's log, or the read-only imported one. */
export type LogSource = 'local' | 'imported'

/** How the list is laid out: issue rows, or every record in one virtual list. */
export type ListView = 'groups' | 'records'

/** What the error list shows, all of it in the address (`#/errors?range=24h&kind=validation&q=req-1`). */
export interface ErrorListState {
  source: LogSource
  view: ListView
  range: TimeRange
  /** `datetime-local` values (local wall clock) of a custom range; '' when open. */
  from: string
  to: string
  statusClass: StatusClass | null
  /** An exact status code as typed ('' = any). */
  code: string
  kind: string
  operation: string
  profile: string
  search: string
}

/** The filters that "Clear filters" empties (everything but the source and the view). */
export const FILTER_KEYS = ['range', 'from', 'to', 'statusClass', 'code', 'kind', 'operation', 'profile', 'search'] as const

const URL_NAME: Record<keyof ErrorListState, string> = {
  source: 'source',
  view: 'view',
  range: 'range',
  from: 'from',
  to: 'to',
  statusClass: 'status',
  code: 'code',
  kind: 'kind',
  operation: 'op',
  profile: 'profile',
  search: 'q'
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null

/** Reads a list state from search params; unknown values fall back to the defaults (all time, local). */
export function readListState(params: URLSearchParams): ErrorListState {
  const text = (key: keyof ErrorListState) => params.get(URL_NAME[key]) ?? ''
  return {
    source: params.get(URL_NAME.source) === 'imported' ? 'imported' : 'local',
    view: params.get(URL_NAME.view) === 'records' ? 'records' : 'groups',
    range: pick(params.get(URL_NAME.range), TIME_RANGES) ?? 'all',
    from: text('from'),
    to: text('to'),
    statusClass: pick(params.get(URL_NAME.statusClass), STATUS_CLASSES),
    code: text('code'),
    kind: text('kind'),
    operation: text('operation'),
    profile: text('profile'),
    search: text('search')
  }
}

/** Writes a patch of the list state into search params (empty values and defaults leave the address). */
export function writeListState(current: URLSearchParams, patch: Partial<ErrorListState>): URLSearchParams {
  const next = new URLSearchParams(current)
  for (const [key, value] of Object.entries(patch) as [keyof ErrorListState, string | null | undefined][]) {
    const isDefault = value === null || value === undefined || value === '' || (key === 'range' && value === 'all') || (key === 'source' && value === 'local') || (key === 'view' && value === 'groups')
    if (isDefault) next.delete(URL_NAME[key])
    else next.set(URL_NAME[key], value)
  }
  return next
}

/** Reads and writes the error list's filters in the URL, so Back, reload and bookmarks keep them. */
export function useErrorListParams(): { state: ErrorListState; update: (patch: Partial<ErrorListState>) => void; clear: () => void } {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => readListState(params), [params])
  const update = useCallback((patch: Partial<ErrorListState>) => setParams((current) => writeListState(current, patch), { replace: true }), [setParams])
  const clear = useCallback(
    () => setParams((current) => writeListState(current, Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as Partial<ErrorListState>), { replace: true }),
    [setParams]
  )
  return { state, update, clear }
}
