import { create } from 'zustand'
import type { AppError } from '../../../shared/contract/app-error'
import type { AppInfo } from '../../../shared/contract/app'
import type { RateLimitState } from '../../../shared/contract/events'

interface AppState {
  info: AppInfo | null
  infoError: AppError | null
  rateLimit: RateLimitState | null
  setInfo(info: AppInfo): void
  setInfoError(error: AppError): void
  setRateLimit(state: RateLimitState): void
  reset(): void
}

const initial = { info: null, infoError: null, rateLimit: null }

/** App-wide client state: what the shell said about itself and the latest request budget (the screen is in the URL). */
export const useAppStore = create<AppState>()((set) => ({
  ...initial,
  setInfo: (info) => set({ info, infoError: null }),
  setInfoError: (infoError) => set({ infoError }),
  setRateLimit: (rateLimit) => set({ rateLimit }),
  reset: () => set(initial)
}))
