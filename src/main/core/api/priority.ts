/** Who is waiting for a request: a person (interactive), console-driven batch work (bulk), or refreshes (background). */
export type Priority = 'interactive' | 'bulk' | 'background'

/** Highest first: the order the request budget serves queues in. */
export const PRIORITIES: readonly Priority[] = ['interactive', 'bulk', 'background']

/**
 * The priority of one contract operation, so the handler does not have to decide: rows marked
 * `interactive: false` (job-progress polls, refreshes) are background work; everything else is a
 * person waiting. Bulk is chosen explicitly by the code that drives a batch.
 */
export function priorityOf(spec: { interactive?: boolean }): Priority {
  return spec.interactive === false ? 'background' : 'interactive'
}

/**
 * The priority of one call: the row's own, except that a caller may demote a read (a GET row) to
 * background — a refresh of data already on screen. A write is never demoted: the option is ignored.
 */
export function callPriority(spec: { interactive?: boolean; api?: { method: string } }, requested: 'background' | undefined): Priority {
  if (requested === 'background' && spec.api?.method === 'GET') return 'background'
  return priorityOf(spec)
}
