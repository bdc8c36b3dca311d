import { summariseExisting } from '../../errors/conflict-lookup'
import { listItems, text } from './records'
import { type Lookup, type Match, NoMarker, type Reconciler } from './types'

const LIST_KEYS = ['sender_accounts', 'inboxes'] as const

// The inboxes whose address is exactly `email` (addresses compare case-insensitively).
async function inboxesWithEmail(email: string, lookup: Lookup): Promise<Record<string, unknown>[]> {
  const body = await lookup('/sender-accounts', { search: email, limit: 100 })
  const wanted = email.trim().toLowerCase()
  return listItems(body, LIST_KEYS).filter((row) => text(row, 'email_address')?.trim().toLowerCase() === wanted)
}

/**
 * senders.create (S1 and legacy S0): the email address is the natural key and the server answers 409
 * to a second create, so a resend can never duplicate an inbox. Looked up through S9 `search`.
 */
export const senderReconciler: Reconciler = {
  resource: 'inbox',
  serverDeduplicates: true,

  async find(attempt, lookup): Promise<Match> {
    const email = attempt.input.email_address
    if (typeof email !== 'string' || email === '') throw new NoMarker('no email address')
    const rows = await inboxesWithEmail(email, lookup)
    if (rows.length === 0) return { kind: 'none' }
    return rows.length === 1 ? { kind: 'one', resource: rows[0]! } : { kind: 'several', count: rows.length }
  },

  asResult(inbox) {
    return { success: true, message: 'SMTP inbox created (confirmed by a lookup after the response was lost)', ...inbox }
  },

  async existing(input, lookup) {
    const email = input.email_address
    if (typeof email !== 'string' || email === '') return null
    const row = (await inboxesWithEmail(email, lookup))[0]
    if (row === undefined) return null
    return summariseExisting(row)
  }
}
