import { invented } from '../../wording'
import { createInbox } from './create'
import { splitInput } from './endpoints'
import { completeIfDone, newInboxJob } from './job-views'
import type { InboxJob } from './record'
import type { SenderRuntime } from './runtime'
import type { SmtpInboxInput } from './schema'

/** Real checks at once per job: enough to finish 100 rows in reasonable time, few enough not to look like an attack. */
const CONCURRENCY = 4

type PendingCreate = InboxJob['pending_creates'][number]
type RowResult = { status: 'created'; inbox_id: string } | { status: 'failed'; error: string }

/**
 * Runs S2 jobs in the background: each row gets the same real checks as S1, four rows at a time.
 * Pending rows (passwords sealed) live in the job, so a restart resumes them; closing abandons them.
 */
export class BulkCreateRunner {
  private readonly running = new Set<string>()

  constructor(private readonly rt: SenderRuntime) {}

  // Stores a new job for validated rows and starts it; the caller answers at once.
  enqueue(rows: SmtpInboxInput[]): InboxJob {
    const job = newInboxJob('smtp_bulk_create', rows.length, this.rt.stamp())
    job.pending_creates = rows.map((row, index) => {
      const { settings, secrets } = splitInput(row)
      return { index, settings, credentials: this.rt.vault.seal(secrets) }
    })
    this.rt.jobs().push(job)
    this.rt.ctx.store.changed()
    this.start(job)
    return job
  }

  // Picks up jobs an earlier run of this data dir left unfinished.
  resumeAll(): void {
    for (const job of this.rt.jobs()) if (job.kind === 'smtp_bulk_create' && job.status === 'IN_PROGRESS') this.start(job)
  }

  private start(job: InboxJob): void {
    if (this.running.has(job.job_id)) return
    this.running.add(job.job_id)
    this.run(job)
      .catch((err: unknown) => this.rt.ctx.log(`sandbox: bulk inbox job ${job.job_id} stopped: ${(err as Error).message}`))
      .finally(() => this.running.delete(job.job_id))
  }

  private async run(job: InboxJob): Promise<void> {
    const inFlight = new Set<number>()
    const next = () => job.pending_creates.find((p) => !inFlight.has(p.index))
    const worker = async () => {
      for (let item = next(); item !== undefined && !this.rt.closing(); item = next()) {
        inFlight.add(item.index)
        const result = await this.check(item)
        if (this.rt.closing()) return
        this.record(job, item, result)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    if (this.rt.closing()) return
    completeIfDone(job, this.rt.stamp())
    this.rt.ctx.store.changedInBackground()
  }

  private async check(item: PendingCreate): Promise<RowResult> {
    const secrets = this.rt.vault.open(item.credentials)
    if (secrets === null) return { status: 'failed', error: invented.credentialsUnreadable }
    const outcome = await createInbox(this.rt, item.settings, secrets)
    return outcome.ok ? { status: 'created', inbox_id: outcome.record.inbox_id } : { status: 'failed', error: outcome.detail }
  }

  private record(job: InboxJob, item: PendingCreate, result: RowResult): void {
    job.pending_creates = job.pending_creates.filter((p) => p.index !== item.index)
    job.results.push({ index: item.index, email_address: item.settings.email_address, ...result })
    job.results.sort((a, b) => Number(a['index']) - Number(b['index']))
    job.processed_count += 1
    if (result.status === 'created') job.success_count += 1
    else job.failed_count += 1
    this.rt.ctx.store.changedInBackground()
  }
}
