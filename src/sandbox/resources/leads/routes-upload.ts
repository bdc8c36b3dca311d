import type { SandboxContext } from '../../context'
import { type RouteDef, detail, json, validationFailed } from '../../http/route'
import { framework, invented } from '../../wording'
import { MAX_CSV_BYTES, readUploadForm } from './form'
import { addLeadsProblem, campaignOr404, pathIds } from './lookup'
import { checkUploadParts, newUploadJob } from './upload'

/** Body cap for the upload route: the 50 MB file plus room for the multipart framing and the mapping part. */
const UPLOAD_BODY_BYTES = MAX_CSV_BYTES + 1024 * 1024

// L1 CSV upload: multipart `file` + `mapping`; answers 202 with a job that imports the rows over time.
export function leadUploadRoutes(ctx: SandboxContext): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/campaigns/{campaign_id}/leads',
      scopes: ['leads:create'],
      maxBodyBytes: UPLOAD_BODY_BYTES,
      async handle(req) {
        const form = await readUploadForm(req.rawBody, req.headers)
        if (form.kind === 'unreadable') return detail(400, framework.bodyParseError)
        if (form.kind === 'too-large') return detail(413, invented.csvTooLarge)
        const path = pathIds(req.params, ['campaign_id'])
        const parts = checkUploadParts(form.parts)
        if (!path.ok || !parts.ok) return validationFailed([...(path.ok ? [] : path.issues), ...(parts.ok ? [] : parts.issues)])
        const found = campaignOr404(ctx, path.ids.campaign_id)
        if ('reply' in found) return found.reply
        const closed = addLeadsProblem(found.campaign)
        if (closed !== null) return detail(400, closed)
        const made = newUploadJob(parts.value, path.ids.campaign_id, ctx.now())
        if (!made.ok) return detail(400, made.problem)
        ctx.store.state.lead_upload_jobs.push(made.job)
        ctx.store.changed()
        const { job } = made
        return json(202, {
          success: true,
          message: invented.leadUploadStarted,
          job_id: job.job_id,
          campaign_id: job.campaign_id,
          status: job.status,
          total_count: job.total_count,
          batch_id: job.batch_id
        })
      }
    }
  ]
}
