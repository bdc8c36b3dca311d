import type { ErrorLogFilter } from '../../../../../shared/contract/error-log'
import { FILTER_KEYS, type ErrorListState, type TimeRange } from './list-params'

const HOUR = 3_600_000
const RANGE_MS: Record<Exclude<TimeRange, 'all' | 'custom'>, number> = { '1h': HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR }

/** A `datetime-local` value (local wall clock) as an ISO instant, or undefined when empty or invalid. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** A typed status code as a number, or undefined when it is not a whole number 0–999. */
export function parseStatusCode(value: string): number | undefined {
  const trimmed = value.trim()
  if (!/^\d{1,3}$/.test(trimmed)) return undefined
  return Number(trimmed)
}

/**
 * The core filter for a list state: relative ranges count back from `now` (the moment the filter was
 * last set, so the cache key stays put), an exact code wins over a status class, and empty fields are
 * left out. `search` is the debounced text, not necessarily what is in the box yet.
 */
export function listFilter(state: ErrorListState, now: number, search: string = state.search): ErrorLogFilter {
  const filter: ErrorLogFilter = { source: state.source }
  if (state.range === 'custom') {
    const from = localInputToIso(state.from)
    const to = localInputToIso(state.to)
    if (from) filter.from = from
    if (to) filter.to = to
  } else if (state.range !== 'all') {
    filter.from = new Date(now - RANGE_MS[state.range]).toISOString()
  }
  const code = parseStatusCode(state.code)
  if (code !== undefined) filter.status = code
  else if (state.statusClass) filter.statusClass = state.statusClass
  if (state.kind) filter.kind = state.kind
  if (state.operation) filter.operation = state.operation
  if (state.profile) filter.profileId = state.profile
  const text = search.trim()
  if (text) filter.text = text.slice(0, 200)
  return filter
}

/** True when any filter (besides the source) narrows the list: the empty state then says so. */
export function isFiltered(state: ErrorListState): boolean {
  return FILTER_KEYS.some((key) => (key === 'range' ? state.range !== 'all' : state[key] !== '' && state[key] !== null))
}
