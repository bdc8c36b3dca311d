import { create } from 'zustand'
import type { AppError } from '../../../shared/contract/app-error'
import type { AppInfo } from '../../../shared/contract/app'
import type { RateLimitState } from '../../../shared/contract/events'

/** The two screens of the console; routing is plain state, no router library. */
export type Route = 'campaigns' | 'settings'

interface AppState {
  route: Route
  info: AppInfo | null
  infoError: AppError | null
  rateLimit: RateLimitState | null
  navigate(route: Route): void
  setInfo(info: AppInfo): void
  setInfoError(error: AppError): void
  setRateLimit(state: RateLimitState): void
  reset(): void
}

const initial = { route: 'campaigns' as Route, info: null, infoError: null, rateLimit: null }

/** App-wide state: current screen, what the shell said about itself, the latest request budget. */
export const useAppStore = create<AppState>()((set) => ({
  ...initial,
  navigate: (route) => set({ route }),
  setInfo: (info) => set({ info, infoError: null }),
  setInfoError: (infoError) => set({ infoError }),
  setRateLimit: (rateLimit) => set({ rateLimit }),
  reset: () => set(initial)
}))
