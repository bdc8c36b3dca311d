import { type RouteDef, detail, json } from '../../http/route'
import { invented } from '../../wording'
import { startBulkDelete } from './bulk-delete'
import { jobProgress } from './job-views'
import { campaignsUsing, removeInbox } from './lookup'
import { parseBody, parseInboxRequest } from './request'
import type { SenderRuntime } from './runtime'
import { bulkDeleteModel, testEmailModel } from './schema'
import { sendTestEmail } from './test-email'
import { inboxStatusChanged } from './views'

const READ = ['sender_accounts:read'] as const
const DELETE = ['sender_accounts:delete'] as const
/** No documented scope covers pause/resume; creating inboxes is the closest (`sender_accounts:all` covers it too). */
const PAUSE = ['sender_accounts:create'] as const

// S12: ACTIVE → PAUSED or PAUSED → ACTIVE; anything else is a 400.
function toggle(rt: SenderRuntime, from: string, to: string, refuse: (status: string) => string, message: string): RouteDef['handle'] {
  return (req) => {
    const parsed = parseInboxRequest(rt, req)
    if (!parsed.ok) return parsed.reply
    const { inbox } = parsed.value
    if (inbox.overall_status !== from) return detail(400, refuse(inbox.overall_status))
    inbox.overall_status = to
    inbox.updated_at = rt.stamp()
    rt.ctx.store.changed()
    return json(200, inboxStatusChanged(inbox, message))
  }
}

// S11 delete, S7/S8 bulk delete, S12 pause/resume, S6 test email.
export function actionRoutes(rt: SenderRuntime): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/sender-accounts/bulk/delete',
      scopes: DELETE,
      handle(req) {
        const input = parseBody(req, bulkDeleteModel)
        if (!input.ok) return input.reply
        const job = startBulkDelete(rt, input.value.inbox_ids)
        const body = { success: true, message: invented.bulkDeleteStarted(job.total_rows), total: job.total_rows, deleted_count: 0, failed_count: 0 }
        return json(202, { ...body, job_id: job.job_id, skipped_count: 0, results: [] })
      }
    },
    {
      method: 'GET',
      path: '/sender-accounts/bulk/delete/{job_id}/progress',
      scopes: READ,
      handle(req) {
        const job = rt.jobs().find((j) => j.kind === 'bulk_delete' && j.job_id === req.params['job_id'])
        return job ? json(200, jobProgress(job)) : detail(404, invented.bulkJobNotFound)
      }
    },
    {
      method: 'DELETE',
      path: '/sender-accounts/{inbox_id}',
      scopes: DELETE,
      handle(req) {
        const parsed = parseInboxRequest(rt, req)
        if (!parsed.ok) return parsed.reply
        const { inbox } = parsed.value
        const usedBy = campaignsUsing(rt.ctx.store.state, inbox.inbox_id)
        if (usedBy.length > 0) return detail(400, invented.senderAccountInUse(usedBy))
        removeInbox(rt.ctx.store.state, inbox.inbox_id)
        rt.ctx.store.changed()
        return json(200, { success: true, message: invented.senderAccountDeleted, inbox_id: inbox.inbox_id, deleted: true })
      }
    },
    {
      method: 'POST',
      path: '/sender-accounts/{inbox_id}/pause',
      scopes: PAUSE,
      handle: toggle(rt, 'ACTIVE', 'PAUSED', invented.pauseNotActiveInbox, invented.senderAccountPaused)
    },
    {
      method: 'POST',
      path: '/sender-accounts/{inbox_id}/resume',
      scopes: PAUSE,
      handle: toggle(rt, 'PAUSED', 'ACTIVE', invented.resumeNotPausedInbox, invented.senderAccountResumed)
    },
    {
      method: 'POST',
      path: '/sender-accounts/{inbox_id}/test-email',
      scopes: READ,
      async handle(req) {
        const parsed = parseInboxRequest(rt, req, { body: testEmailModel })
        if (!parsed.ok) return parsed.reply
        return sendTestEmail(rt, parsed.value.inbox, parsed.value.body.recipient_email)
      }
    }
  ]
}
