/**
 * How many more items a time-driven job may process now: jobs advance at `perSecond` from their
 * start, computed when progress is read, so no timers run and a restart simply carries on.
 */
export function itemsDueNow(startedAt: string, processed: number, total: number, perSecond: number, now: Date): number {
  const elapsedSeconds = Math.max(0, (now.getTime() - Date.parse(startedAt)) / 1000)
  const allowed = Math.min(total, Math.floor(elapsedSeconds * perSecond))
  return Math.max(0, allowed - processed)
}
