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
