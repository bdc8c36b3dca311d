import { create } from 'zustand'

/** The localStorage key holding when the error log viewer was last open (an ISO instant). */
export const ERROR_LOG_SEEN_KEY = 'coldsend.errorLogSeenAt'

interface ErrorLogSeenState {
  /** When the viewer was last open; null when it never was (every recorded error is new). */
  seenAt: string | null
  markSeen(now?: Date): void
}

// localStorage that never throws: an unreadable or odd value reads as "never opened", a refused write stays in memory.
function readSeenAt(): string | null {
  try {
    const raw = globalThis.localStorage?.getItem(ERROR_LOG_SEEN_KEY) ?? null
    return raw && !Number.isNaN(Date.parse(raw)) ? new Date(raw).toISOString() : null
  } catch {
    return null
  }
}

/** When the error log was last looked at, kept across restarts: what the nav badge counts new errors from. */
export const useErrorLogSeenStore = create<ErrorLogSeenState>()((set) => ({
  seenAt: readSeenAt(),
  markSeen: (now = new Date()) => {
    const seenAt = now.toISOString()
    try {
      globalThis.localStorage?.setItem(ERROR_LOG_SEEN_KEY, seenAt)
    } catch {
      // Not persisted; this session still counts from now.
    }
    set({ seenAt })
  }
}))

/** Re-reads the stored time (tests, or another window of the console having opened the log). */
export function reloadErrorLogSeen(): void {
  useErrorLogSeenStore.setState({ seenAt: readSeenAt() })
}
