import { beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import {
  activateProfile,
  allowWeakerStorage,
  refreshProfiles,
  saveProfile,
  subscribeProfileChanges
} from '../../src/renderer/src/stores/profiles-actions'
import { selectActiveProfile, useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList, storageStatus } from './helpers/fixtures'

const state = () => useProfilesStore.getState()

beforeEach(() => state().reset())

describe('profiles store', () => {
  it('loads the list, the active profile and the storage status', async () => {
    const fake = createFakeFacade({ 'profiles.list': () => ({ ok: true, value: profileList([profile(), profile({ id: 'p2', name: 'Staging' })], 'p2') }) })
    await refreshProfiles(fake.facade)
    expect(state().status).toBe('ready')
    expect(selectActiveProfile(state())?.name).toBe('Staging')
    expect(state().storage?.backend).toBe('keyring')
  })

  it('refreshes on profiles.changed, and stops after unsubscribe', () => {
    const fake = createFakeFacade()
    const stop = subscribeProfileChanges(fake.facade)
    fake.emit('profiles.changed', profileList([profile({ id: 'x', name: 'From event' })]))
    expect(state().profiles.map((p) => p.name)).toEqual(['From event'])
    expect(state().activeId).toBe('x')
    stop()
    fake.emit('profiles.changed', profileList([]))
    expect(state().profiles).toHaveLength(1)
  })

  it('keeps the last good list when a refresh fails', async () => {
    const error: AppError = { ...errorBase, kind: 'internal', guidance: 'report-bug' }
    const fake = createFakeFacade({ 'profiles.list': () => ({ ok: true, value: profileList([profile()]) }) })
    await refreshProfiles(fake.facade)
    fake.set('profiles.list', () => ({ ok: false, error }))
    await refreshProfiles(fake.facade)
    expect(state()).toMatchObject({ status: 'ready', error })
    expect(state().profiles).toHaveLength(1)
  })

  it('save and activate re-read the list; failures are returned, not thrown', async () => {
    const fake = createFakeFacade({
      'profiles.save': (input) => ({ ok: true, value: profile({ name: input.name }) }),
      'profiles.activate': () => ({ ok: false, error: { ...errorBase, kind: 'not_found', resource: 'profile', guidance: 'refresh-list' } }),
      'profiles.list': () => ({ ok: true, value: profileList([profile({ name: 'Saved' })]) })
    })
    const saved = await saveProfile(fake.facade, { name: 'Saved', baseUrl: 'https://x.example', apiKey: 'cs_live_abc' })
    expect(saved.ok).toBe(true)
    expect(fake.spy('profiles.list')).toHaveBeenCalledTimes(1)
    const activated = await activateProfile(fake.facade, 'gone')
    expect(activated).toMatchObject({ ok: false, error: { kind: 'not_found' } })
    expect(fake.spy('profiles.list')).toHaveBeenCalledTimes(1)
  })

  it('records the weaker-storage answer in the storage status', async () => {
    const fake = createFakeFacade({
      'secrets.allowWeakerStorage': ({ allow }) => ({ ok: true, value: storageStatus({ backend: 'weak-file', weakerAvailable: true, weakerAllowed: allow }) }),
      'profiles.list': () => ({ ok: false, error: { ...errorBase, kind: 'internal', guidance: 'report-bug' } })
    })
    await allowWeakerStorage(fake.facade, true)
    expect(state().storage).toMatchObject({ backend: 'weak-file', weakerAllowed: true })
  })
})
