import { itemsDueNow } from '../../jobs/advance-by-time'
import { invented } from '../../wording'
import { newInboxJob, completeIfDone } from './job-views'
import { campaignsUsing, findInbox, removeInbox } from './lookup'
import type { InboxJob } from './record'
import type { SenderRuntime } from './runtime'

/** How fast a bulk delete proceeds (ours; the real API removes IMAP registrations and provider mailboxes first). */
export const DELETES_PER_SECOND = 20

// S7: stores a bulk-delete job; inboxes go over time as the job is advanced.
export function startBulkDelete(rt: SenderRuntime, inboxIds: readonly string[]): InboxJob {
  const job = newInboxJob('bulk_delete', inboxIds.length, rt.stamp())
  job.pending_deletes = inboxIds.map((inbox_id, index) => ({ index, inbox_id }))
  rt.jobs().push(job)
  rt.ctx.store.changed()
  return job
}

// One item: deleted, or skipped (not found / in use by campaigns) as the docs describe.
function deleteOne(rt: SenderRuntime, job: InboxJob, item: { index: number; inbox_id: string }): void {
  const state = rt.ctx.store.state
  const inbox = findInbox(state, item.inbox_id)
  const base = { index: item.index, inbox_id: item.inbox_id, email_address: inbox?.email_address ?? null }
  const usedBy = inbox ? campaignsUsing(state, inbox.inbox_id) : []
  if (!inbox || usedBy.length > 0) {
    job.results.push({ ...base, status: 'skipped', reason: inbox ? invented.senderAccountInUse(usedBy) : invented.senderAccountNotFound })
    job.skipped_count += 1
  } else {
    removeInbox(state, inbox.inbox_id)
    job.results.push({ ...base, status: 'deleted' })
    job.success_count += 1
  }
  job.processed_count += 1
}

// Processes whatever bulk-delete items are due by now; called before every sender-accounts request (no timers).
export function advanceBulkDeletes(rt: SenderRuntime): void {
  const now = rt.ctx.now()
  let changed = false
  for (const job of rt.jobs()) {
    if (job.kind !== 'bulk_delete' || job.status !== 'IN_PROGRESS' || job.started_at === null) continue
    const due = itemsDueNow(job.started_at, job.processed_count, job.total_rows, DELETES_PER_SECOND, now)
    for (const item of job.pending_deletes.splice(0, due)) deleteOne(rt, job, item)
    completeIfDone(job, rt.stamp())
    changed ||= due > 0
  }
  if (changed) rt.ctx.store.changedInBackground()
}
