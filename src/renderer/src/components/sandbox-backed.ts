import type { ProfileView } from '../../../shared/contract/profiles'

/**
 * True when a profile talks to a sandbox rather than real ColdSend: the built-in Sandbox profile, or
 * any profile whose Base URL is the embedded sandbox's address. Those show "demo data" everywhere.
 */
export function isSandboxBacked(profile: ProfileView, sandboxBaseUrl: string | null | undefined): boolean {
  if (profile.kind === 'sandbox') return true
  if (!sandboxBaseUrl) return false
  try {
    const a = new URL(profile.baseUrl)
    const b = new URL(sandboxBaseUrl)
    return a.origin === b.origin
  } catch {
    return false
  }
}
