/**
 * Runs `work` over `items` with at most `limit` at once, in order of the list; once `signal` aborts
 * no new item starts (ones already running finish and are still reported). Resolves when all started
 * items have settled; a rejected item is reported through `onError` and does not stop the others.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  onResult: (item: T, result: R) => void,
  options: { signal?: AbortSignal; onError?: (item: T, error: unknown) => void } = {}
): Promise<{ started: number }> {
  let next = 0
  const worker = async () => {
    while (next < items.length && !options.signal?.aborted) {
      const item = items[next++] as T
      try {
        onResult(item, await work(item))
      } catch (error) {
        options.onError?.(item, error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return { started: next }
}
