import { beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { CampaignListOutput } from '../../src/shared/contract/campaigns'
import type { Envelope } from '../../src/shared/contract/envelope'
import {
  filterByStatus,
  followActiveProfile,
  goToPage,
  listInput,
  loadCampaigns,
  searchCampaigns,
  showNewest
} from '../../src/renderer/src/stores/campaigns-actions'
import { useCampaignsStore } from '../../src/renderer/src/stores/campaigns-store'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaign, campaignPage, errorBase, profile, profileList } from './helpers/fixtures'

const state = () => useCampaignsStore.getState()

beforeEach(() => {
  useCampaignsStore.getState().reset()
  useProfilesStore.getState().reset()
})

describe('campaigns store', () => {
  it('asks for newest first and leaves empty filters out', () => {
    expect(listInput({ page: 1, limit: 20, status: null, search: '  ' })).toEqual({ page: 1, limit: 20, sort_by: 'created_at', sort_order: 'desc' })
    expect(listInput({ page: 3, limit: 10, status: 'ACTIVE', search: ' q1 ' })).toMatchObject({ page: 3, status: 'ACTIVE', search: 'q1' })
  })

  it('loads a page, then moves between pages with the server pagination', async () => {
    const fake = createFakeFacade({
      'campaigns.list': (input) => ({ ok: true, value: campaignPage([campaign(input.page ?? 1)], input.page ?? 1, 45) })
    })
    await loadCampaigns(fake.facade)
    expect(state()).toMatchObject({ loading: false, loaded: true, error: null, page: 1 })
    expect(state().items.map((c) => c.campaign_id)).toEqual(['c-1'])
    expect(state().pagination).toMatchObject({ page: 1, pages: 3, total: 45, has_next: true })
    await goToPage(fake.facade, 2)
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2 }))
    expect(state().items[0]?.campaign_id).toBe('c-2')
    await goToPage(fake.facade, 0)
    expect(state().page).toBe(1)
  })

  it('status filter and search go back to page 1 and are sent to the API', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([]) }) })
    await goToPage(fake.facade, 4)
    await filterByStatus(fake.facade, 'PAUSED')
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, status: 'PAUSED' }))
    await goToPage(fake.facade, 2)
    await searchCampaigns(fake.facade, 'launch')
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1, status: 'PAUSED', search: 'launch' }))
    const epoch = state().filtersEpoch
    await showNewest(fake.facade)
    expect(state()).toMatchObject({ status: null, search: '', page: 1, filtersEpoch: epoch + 1 })
    expect(fake.spy('campaigns.list').mock.lastCall?.[0]).not.toHaveProperty('status')
  })

  it('keeps the error from a failed load, and a retry clears it', async () => {
    const error: AppError = { ...errorBase, kind: 'auth', reason: 'invalid_key', guidance: 'replace-api-key', status: 401 }
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: false, error }) })
    await loadCampaigns(fake.facade)
    expect(state()).toMatchObject({ loading: false, error })
    fake.set('campaigns.list', () => ({ ok: true, value: campaignPage([campaign(1)]) }))
    await loadCampaigns(fake.facade)
    expect(state().error).toBeNull()
    expect(state().items).toHaveLength(1)
  })

  it('ignores a slow answer that a newer request already replaced', async () => {
    const resolvers: Array<(e: Envelope<CampaignListOutput>) => void> = []
    const fake = createFakeFacade({ 'campaigns.list': () => new Promise((resolve) => resolvers.push(resolve)) })
    const slow = loadCampaigns(fake.facade)
    const fast = searchCampaigns(fake.facade, 'new')
    resolvers[1]!({ ok: true, value: campaignPage([campaign(2)]) })
    await fast
    resolvers[0]!({ ok: true, value: campaignPage([campaign(1)]) })
    await slow
    expect(state().items.map((c) => c.campaign_id)).toEqual(['c-2'])
  })

  it('reloads from page 1 when the active profile changes', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    useProfilesStore.getState().apply(profileList([profile({ id: 'a' }), profile({ id: 'b' })], 'a'))
    const stop = followActiveProfile(fake.facade)
    await goToPage(fake.facade, 3)
    const calls = fake.spy('campaigns.list').mock.calls.length
    useProfilesStore.getState().apply(profileList([profile({ id: 'a' }), profile({ id: 'b' })], 'a'))
    expect(fake.spy('campaigns.list').mock.calls.length).toBe(calls)
    useProfilesStore.getState().apply(profileList([profile({ id: 'a' }), profile({ id: 'b' })], 'b'))
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1 }))
    stop()
  })
})
