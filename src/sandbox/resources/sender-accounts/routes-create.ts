import { type Reply, type RouteDef, type RouteRequest, detail, json } from '../../http/route'
import { invented } from '../../wording'
import type { BulkCreateRunner } from './bulk-create'
import { createInbox } from './create'
import { splitInput } from './endpoints'
import { jobProgress } from './job-views'
import { parseBody } from './request'
import type { SenderRuntime } from './runtime'
import { bulkSmtpModel, smtpInboxModel } from './schema'
import { inboxCreated } from './views'

const CREATE = ['sender_accounts:create'] as const
const READ = ['sender_accounts:read'] as const

// S1/S0: validate, refuse duplicates, really connect (SMTP then IMAP), store with sealed passwords.
async function createOne(rt: SenderRuntime, req: RouteRequest): Promise<Reply> {
  const input = parseBody(req, smtpInboxModel)
  if (!input.ok) return input.reply
  const { settings, secrets } = splitInput(input.value)
  const outcome = await createInbox(rt, settings, secrets)
  return outcome.ok ? json(201, inboxCreated(outcome.record)) : detail(outcome.status, outcome.detail)
}

// S1, S0 (legacy G1 path, same body), S2 (bulk, async) and S3 (bulk progress).
export function createRoutes(rt: SenderRuntime, bulk: BulkCreateRunner): RouteDef[] {
  return [
    { method: 'POST', path: '/sender-accounts/smtp', scopes: CREATE, handle: (req) => createOne(rt, req) },
    { method: 'POST', path: '/sender-accounts', scopes: CREATE, handle: (req) => createOne(rt, req) },
    {
      method: 'POST',
      path: '/sender-accounts/smtp/bulk',
      scopes: CREATE,
      handle(req) {
        const input = parseBody(req, bulkSmtpModel)
        if (!input.ok) return input.reply
        const job = bulk.enqueue(input.value.inboxes)
        return json(202, {
          success: true,
          message: invented.bulkCreateStarted(job.total_rows),
          total: job.total_rows,
          success_count: 0,
          failed_count: 0,
          job_id: job.job_id,
          results: []
        })
      }
    },
    {
      method: 'GET',
      path: '/sender-accounts/smtp/bulk/{job_id}/progress',
      scopes: READ,
      handle(req) {
        const job = rt.jobs().find((j) => j.kind === 'smtp_bulk_create' && j.job_id === req.params['job_id'])
        return job ? json(200, jobProgress(job)) : detail(404, invented.bulkJobNotFound)
      }
    }
  ]
}
