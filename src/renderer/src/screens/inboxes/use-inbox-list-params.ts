import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { INBOX_STATUSES, INBOX_TYPES } from '../../../../shared/contract/senders'

/** What the inbox list shows, all of it in the address (`#/inboxes?status=PAUSED&type=CUSTOM_SMTP&q=sales`). */
export interface InboxListState {
  status: (typeof INBOX_STATUSES)[number] | null
  type: (typeof INBOX_TYPES)[number] | null
  search: string
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null => (value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null)

/** Reads and writes the inbox list's filters in the URL, so Back, reload and bookmarks keep them. */
export function useInboxListParams(): { state: InboxListState; update: (patch: Partial<InboxListState>) => void } {
  const [params, setParams] = useSearchParams()
  const state = useMemo<InboxListState>(
    () => ({ status: pick(params.get('status'), INBOX_STATUSES), type: pick(params.get('type'), INBOX_TYPES), search: params.get('q') ?? '' }),
    [params]
  )
  const update = useCallback(
    (patch: Partial<InboxListState>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          const set = (key: string, value: string | null | undefined) => (value ? next.set(key, value) : next.delete(key))
          if ('status' in patch) set('status', patch.status)
          if ('type' in patch) set('type', patch.type)
          if ('search' in patch) set('q', patch.search?.trim())
          return next
        },
        { replace: true }
      ),
    [setParams]
  )
  return { state, update }
}

/** The `senders.list` input for a list state (one page of 100, the API's maximum). */
export function inboxListInput(state: InboxListState) {
  return {
    page: 1,
    limit: 100,
    ...(state.status ? { status: state.status } : {}),
    ...(state.type ? { inbox_type: state.type } : {}),
    ...(state.search.trim() ? { search: state.search.trim() } : {})
  }
}
