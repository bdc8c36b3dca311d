import { agreesWith } from './config-match'
import { asRecord, hasNextPage, listItems, text } from './records'
import { type Match, NoMarker, type Reconciler } from './types'

/** Pages of search results read at most (100 each). */
const MAX_PAGES = 3

/**
 * campaigns.create has no client id field, so its marker is the exact name, a `created_at` inside the
 * window of the send (± clock skew), and the config fields we sent: C1 `search` narrows by name, C3
 * detail confirms the config. One agreeing record is ours; a same-name record that disagrees, or more
 * than one agreeing, is ambiguous (never "absent", which would invite a duplicate).
 */
export const campaignReconciler: Reconciler = {
  resource: 'campaign',
  serverDeduplicates: false,

  async find(attempt, lookup, settings, now) {
    const name = attempt.input.name
    if (typeof name !== 'string' || name === '') throw new NoMarker('no campaign name')
    const from = attempt.sentAt - settings.clockSkewMs
    const to = now + settings.clockSkewMs
    const candidates: Record<string, unknown>[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const body = await lookup('/campaigns', { search: name, limit: 100, page })
      const rows = listItems(body, ['campaigns'])
      for (const row of rows) {
        const created = Date.parse(text(row, 'created_at') ?? '')
        if (text(row, 'name') === name && Number.isFinite(created) && created >= from - 999 && created <= to) candidates.push(row)
      }
      if (!hasNextPage(body)) break
    }
    if (candidates.length === 0) return { kind: 'none' }
    if (candidates.length > settings.maxCandidates) return { kind: 'several', count: candidates.length }
    const agreeing: Record<string, unknown>[] = []
    for (const row of candidates) {
      const id = text(row, 'campaign_id')
      if (id === undefined) continue
      const detail = asRecord(await lookup('/campaigns/{campaign_id}', { campaign_id: id }))
      if (detail !== null && agreesWith(attempt.input, detail, ['name'])) agreeing.push(detail)
    }
    const match: Match = agreeing.length === 1 ? { kind: 'one', resource: agreeing[0]! } : { kind: 'several', count: candidates.length }
    return match
  },

  asResult(c) {
    return {
      success: true,
      message: 'Campaign created (confirmed by a lookup after the response was lost)',
      campaign_id: c.campaign_id,
      name: c.name,
      status: c.status,
      current_step: c.current_step ?? 0,
      created_at: c.created_at
    }
  }
}
