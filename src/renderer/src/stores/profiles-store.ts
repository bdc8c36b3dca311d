import { create } from 'zustand'
import type { AppError } from '../../../shared/contract/app-error'
import type { ProfileList, ProfileView, SecretStorageStatus } from '../../../shared/contract/profiles'

/** Where the profile list is in its life: not asked yet, loading, loaded, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

interface ProfilesState {
  profiles: ProfileView[]
  activeId: string | null
  storage: SecretStorageStatus | null
  status: LoadStatus
  error: AppError | null
  /** The built-in Sandbox profile was removed and can be brought back. */
  sandboxRestorable: boolean
  /** Replaces everything with a fresh list (from `profiles.list` or a `profiles.changed` event). */
  apply(list: ProfileList): void
  setLoading(): void
  setError(error: AppError): void
  setStorage(storage: SecretStorageStatus): void
  reset(): void
}

const initial = { profiles: [], activeId: null, storage: null, status: 'idle' as LoadStatus, error: null, sandboxRestorable: false }

/** Connection profiles as the renderer sees them: never a key, only `{configured, last4, backend}`. */
export const useProfilesStore = create<ProfilesState>()((set, get) => ({
  ...initial,
  apply: (list) =>
    set({
      profiles: list.profiles,
      activeId: list.activeId,
      storage: list.storage,
      sandboxRestorable: list.sandboxRestorable,
      status: 'ready',
      error: null
    }),
  setLoading: () => set({ status: get().status === 'ready' ? 'ready' : 'loading' }),
  setError: (error) => set({ error, status: get().status === 'ready' ? 'ready' : 'error' }),
  setStorage: (storage) => set({ storage }),
  reset: () => set(initial)
}))

/** The active profile, or null when none is set up (first run). */
export function selectActiveProfile(state: { profiles: ProfileView[]; activeId: string | null }): ProfileView | null {
  return state.profiles.find((p) => p.id === state.activeId) ?? null
}
