import { QueryClient } from '@tanstack/react-query'
import type { AppError } from '../../../shared/contract/app-error'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: AppError
  }
}

/** How long a read counts as fresh: opening a screen again within this reuses it without a request. */
export const FRESH_MS = 30_000
/** How often a shown list refreshes itself in the background (at background priority). */
export const BACKGROUND_REFRESH_MS = 60_000

/**
 * The one server-state cache. No retries here: the core already retries what is safe to retry, with
 * the request budget in mind. No refetch on window focus: Electron focus changes are not a reason to spend budget.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: FRESH_MS, gcTime: 10 * 60_000 },
      mutations: { retry: false }
    }
  })
}
