import { SNAPSHOT_PREFIX } from '../screens/analytics/offline/analytics-snapshot'
import { DRAFT_PREFIX } from '../screens/campaign/editor/draft-storage'

/**
 * Drops what this window kept in localStorage for a removed profile — the offline analytics copies
 * (campaign names, inbox addresses) and unsaved campaign drafts — so nothing of it outlives the profile.
 */
export function forgetProfileStorage(profileId: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (!storage) return
    const prefixes = [`${SNAPSHOT_PREFIX}:${profileId}:`, `${DRAFT_PREFIX}${profileId}.`]
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null)
    for (const key of keys) if (prefixes.some((p) => key.startsWith(p))) storage.removeItem(key)
  } catch {
    // Storage blocked: nothing was kept there either.
  }
}
