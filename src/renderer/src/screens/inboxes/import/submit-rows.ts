import type { ColdsendFacade } from '../../../../../shared/contract/facade'
import type { SenderJob } from '../../../../../shared/contract/senders'
import { pollUntil } from '../../../query/poll-until'
import type { OpInput } from '../../../../../shared/contract/operations'
import { inboxCreateInput, type InboxFormValues } from '../inbox-draft'
import type { ImportRow, RowOutcome } from './import-rows'
import { jobOutcomes, refusalOutcomes } from './job-results'
import { modeForPort } from './row-check'

/** The API's documented maximum of inboxes per bulk request; bigger imports go as several jobs. */
export const MAX_PER_JOB = 100

/** How far the import is: rows ColdSend has processed out of all rows sent. */
export interface SubmitProgress {
  done: number
  total: number
}

/** Splits a list into runs of at most `size` items, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size))
  return runs
}

/**
 * A row as one bulk item: the Add inbox input, plus IMAP's TLS mode taken from the port as the local
 * test takes it (993 implicit TLS, otherwise STARTTLS), so ColdSend checks what was tested here.
 */
export function bulkItem(values: InboxFormValues): OpInput<'senders.create'> {
  return { ...inboxCreateInput(values), imap_use_ssl: modeForPort(Number(values.imap_port)) === 'ssl' }
}

const FINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED'])

/**
 * Sends rows through `senders.bulkCreate`, at most MAX_PER_JOB per job, one job after another, follows
 * each job to its end and reports every row's outcome as it is known. Stops after the current read
 * when `signal` aborts (the screen was left); rows of a job it could not read are failed with why.
 */
export async function submitRows(
  facade: ColdsendFacade,
  rows: readonly ImportRow[],
  onProgress: (progress: SubmitProgress) => void,
  onOutcomes: (outcomes: Map<number, RowOutcome>) => void,
  signal: AbortSignal,
  pollMs = 1000
): Promise<void> {
  let before = 0
  onProgress({ done: 0, total: rows.length })
  for (const sent of chunk(rows, MAX_PER_JOB)) {
    if (signal.aborted) return
    const started = await facade.senders.bulkCreate({ inboxes: sent.map((r) => bulkItem(r.values)) })
    if (!started.ok) {
      onOutcomes(refusalOutcomes(sent, started.error))
    } else if (!started.value.job_id) {
      onOutcomes(jobOutcomes(sent, started.value.results))
    } else {
      const jobId = started.value.job_id
      const report = (job: SenderJob) => onProgress({ done: before + Math.min(job.processed_count, sent.length), total: rows.length })
      const followed = await pollUntil(
        async () => {
          const read = await facade.senders.bulkCreateStatus({ job_id: jobId })
          return read.ok ? { ok: true as const, value: read.value.job } : read
        },
        (job) => FINAL.has(job.status.toUpperCase()),
        report,
        signal,
        pollMs
      )
      if ('stopped' in followed) return
      if ('error' in followed) onOutcomes(refusalOutcomes(sent, { ...followed.error, message: `The job's result could not be read (${followed.error.message}); check the inbox list before retrying.` }))
      else onOutcomes(jobOutcomes(sent, followed.done.results))
    }
    before += sent.length
    onProgress({ done: before, total: rows.length })
  }
}
