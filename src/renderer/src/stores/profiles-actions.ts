import type { Envelope } from '../../../shared/contract/envelope'
import type { ColdsendFacade } from '../../../shared/contract/facade'
import type { OpInput } from '../../../shared/contract/operations'
import type { ConnectionTestResult, ProfileView, SecretStorageStatus } from '../../../shared/contract/profiles'
import { useProfilesStore } from './profiles-store'
import { forgetProfileStorage } from './forget-profile-storage'

const store = () => useProfilesStore.getState()

/** Reads the profile list and storage status; keeps the last good list if the read fails. */
export async function refreshProfiles(facade: ColdsendFacade): Promise<void> {
  store().setLoading()
  const result = await facade.profiles.list({})
  if (result.ok) store().apply(result.value)
  else store().setError(result.error)
}

/** Keeps the store current when the core says profiles changed (save, remove, activate, elsewhere). */
export function subscribeProfileChanges(facade: ColdsendFacade): () => void {
  return facade.on('profiles.changed', (list) => store().apply(list))
}

/** Adds or edits a profile; the caller forgets the typed key once this resolves ok. */
export async function saveProfile(facade: ColdsendFacade, input: OpInput<'profiles.save'>): Promise<Envelope<ProfileView>> {
  const result = await facade.profiles.save(input)
  if (result.ok) await refreshProfiles(facade)
  return result
}

/**
 * Removes a profile and its stored key. Removing the active one needs the operator's answer to
 * "which profile next?" (`nextActiveId`, null = none): the core never picks one silently. What this
 * window kept for it (offline analytics, drafts) goes too.
 */
export async function removeProfile(facade: ColdsendFacade, id: string, nextActiveId?: string | null): Promise<Envelope<{ done: true }>> {
  const result = await facade.profiles.remove(nextActiveId === undefined ? { id } : { id, nextActiveId })
  if (result.ok) {
    forgetProfileStorage(id)
    await refreshProfiles(facade)
  }
  return result
}

/** Makes a profile the one every API call goes through. */
export async function activateProfile(facade: ColdsendFacade, id: string): Promise<Envelope<ProfileView>> {
  const result = await facade.profiles.activate({ id })
  if (result.ok) await refreshProfiles(facade)
  return result
}

/** Brings the built-in Sandbox profile back after it was removed (its demo data was kept). */
export async function restoreSandboxProfile(facade: ColdsendFacade): Promise<Envelope<ProfileView>> {
  const result = await facade.profiles.restoreSandbox({})
  if (result.ok) await refreshProfiles(facade)
  return result
}

/** Tests a saved profile or an unsaved draft; the result is shown, not stored. */
export function testConnection(
  facade: ColdsendFacade,
  input: OpInput<'profiles.test'>
): Promise<Envelope<ConnectionTestResult>> {
  return facade.profiles.test(input)
}

/** Records the operator's answer to the "weaker storage" offer and updates the shown status. */
export async function allowWeakerStorage(facade: ColdsendFacade, allow: boolean): Promise<Envelope<SecretStorageStatus>> {
  const result = await facade.secrets.allowWeakerStorage({ allow })
  if (result.ok) {
    store().setStorage(result.value)
    await refreshProfiles(facade)
  }
  return result
}
