/** Where the last analytics answers live between sessions (one entry per profile and operation). */
export const SNAPSHOT_PREFIX = 'coldsend.analytics.v1'

/** One saved answer: what was asked, when it was answered, and the answer. */
export interface Snapshot<T> {
  input: string
  savedAt: number
  data: T
}

const keyOf = (profileId: string, operation: string) => `${SNAPSHOT_PREFIX}:${profileId}:${operation}`

/** The saved answer for exactly this input, or null (none, another input, unreadable storage or value). */
export function readSnapshot<T>(profileId: string, operation: string, input: unknown, storage: Storage | undefined = globalThis.localStorage): Snapshot<T> | null {
  try {
    const raw = storage?.getItem(keyOf(profileId, operation))
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<Snapshot<T>>
    if (parsed.input !== JSON.stringify(input) || typeof parsed.savedAt !== 'number' || parsed.data === undefined) return null
    return parsed as Snapshot<T>
  } catch {
    return null
  }
}

/** Keeps the latest answer (replacing the previous one for this operation); a refused write only loses the offline copy. */
export function writeSnapshot(profileId: string, operation: string, input: unknown, data: unknown, savedAt: number, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(keyOf(profileId, operation), JSON.stringify({ input: JSON.stringify(input), savedAt, data }))
  } catch {
    // Storage full or blocked: the screen still works online.
  }
}
