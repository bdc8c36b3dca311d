import { paths } from '../routes/paths'
import { useApiQuery } from '../query/use-api-query'
import { useDebouncedValue } from '../query/use-debounced-value'
import type { PaletteCommand } from './palette-commands'

const DEBOUNCE_MS = 200
const LIMIT = 6

/** Campaigns and inboxes whose name matches what was typed, asked from the API (debounced, cached). */
export function usePaletteSearch(query: string): { commands: PaletteCommand[]; searching: boolean } {
  const term = useDebouncedValue(query.trim(), DEBOUNCE_MS)
  const enabled = term.length > 0
  const campaigns = useApiQuery('campaigns.list', { search: term, limit: LIMIT, page: 1 }, { enabled, refresh: false })
  const inboxes = useApiQuery('senders.list', { search: term, limit: LIMIT, page: 1 }, { enabled, refresh: false })
  if (!enabled) return { commands: [], searching: false }
  const commands: PaletteCommand[] = [
    ...(campaigns.data?.campaigns ?? []).map((c): PaletteCommand => ({ id: `campaign:${c.campaign_id}`, group: 'Campaigns', label: c.name, to: paths.campaign(c.campaign_id) })),
    ...(inboxes.data?.sender_accounts ?? []).map((i): PaletteCommand => ({ id: `inbox:${i.inbox_id}`, group: 'Inboxes', label: i.email_address, to: paths.inboxes() }))
  ]
  return { commands, searching: campaigns.isFetching || inboxes.isFetching || term !== query.trim() }
}
