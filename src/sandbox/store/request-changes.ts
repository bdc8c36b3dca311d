import { AsyncLocalStorage } from 'node:async_hooks'

/** Whether the request being handled has changed the state (set by the store, read by the pipeline). */
interface RequestChanges {
  changed: boolean
}

const current = new AsyncLocalStorage<RequestChanges>()

// Runs one request's handler and reports whether it changed the state, so only those responses wait for the disk.
export async function trackRequestChanges<T>(handle: () => T | Promise<T>): Promise<{ value: T; changed: boolean }> {
  const changes: RequestChanges = { changed: false }
  const value = await current.run(changes, handle)
  return { value, changed: changes.changed }
}

// Records that the request being handled (if any) changed the state; a no-op outside requests.
export function noteRequestChange(): void {
  const changes = current.getStore()
  if (changes) changes.changed = true
}
