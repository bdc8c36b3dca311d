// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Link, Route, Routes } from 'react-router'
import { CampaignsScreen } from '../../src/renderer/src/screens/campaigns/CampaignsScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaign, campaignPage, errorBase, profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

beforeEach(() => useProfilesStore.getState().apply(profileList([profile({ id: 'p1' }), profile({ id: 'p2', name: 'Staging' })], 'p1')))
afterEach(cleanup)

function Shell() {
  return createElement(
    'div',
    null,
    createElement(Link, { to: '/campaigns' }, 'to campaigns'),
    createElement(Link, { to: '/elsewhere' }, 'to elsewhere'),
    createElement(Routes, null, createElement(Route, { path: '/campaigns', element: createElement(CampaignsScreen) }), createElement(Route, { path: '*', element: createElement('h1', null, 'Elsewhere') }))
  )
}

describe('the server-state cache', () => {
  it('does not ask again for data that is still fresh when a screen is opened again', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    renderWithFacade(createElement(Shell), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'to elsewhere' })))
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'to campaigns' })))
    expect(screen.getByRole('row', { name: /Campaign number 1/ })).toBeTruthy()
    expect(fake.spy('campaigns.list')).toHaveBeenCalledTimes(1)
  })

  it('reads again, and never shows the other account’s rows, when the active profile changes', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    fake.set('campaigns.list', () => ({ ok: true, value: campaignPage([campaign(2)]) }))
    act(() => useProfilesStore.getState().apply(profileList([profile({ id: 'p1' }), profile({ id: 'p2', name: 'Staging' })], 'p2')))
    expect(screen.queryByRole('row', { name: /Campaign number 1/ })).toBeNull()
    expect(await screen.findByRole('row', { name: /Campaign number 2/ })).toBeTruthy()
    expect(fake.spy('campaigns.list')).toHaveBeenCalledTimes(2)
  })

  it('asks interactively for a first load and at background priority for a refresh of data already shown', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    const { queryClient } = renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    expect(fake.spy('campaigns.list').mock.calls[0]).toHaveLength(1)
    await act(async () => void (await queryClient.refetchQueries()))
    expect(fake.spy('campaigns.list').mock.calls[1]?.[1]).toEqual({ priority: 'background' })
  })

  it('keeps showing the last data with its age when a refresh fails offline, and recovers on Refresh now', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    const { queryClient } = renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    expect(screen.getByText('Updated just now')).toBeTruthy()
    fake.set('campaigns.list', () => ({ ok: false, error: { ...errorBase, kind: 'network', mayHaveApplied: false, guidance: 'check-network', message: 'Cannot reach the server.' } }))
    await act(async () => void (await queryClient.refetchQueries()))
    const shownAt = new Date(queryClient.getQueryCache().getAll()[0]!.state.dataUpdatedAt)
    const hhmm = `${String(shownAt.getHours()).padStart(2, '0')}:${String(shownAt.getMinutes()).padStart(2, '0')}`
    expect(await screen.findByText(`Offline — showing data from ${hhmm}.`)).toBeTruthy()
    expect(screen.getByRole('row', { name: /Campaign number 1/ })).toBeTruthy()
    fake.set('campaigns.list', () => ({ ok: true, value: campaignPage([campaign(3)]) }))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Refresh now' })))
    expect(await screen.findByRole('row', { name: /Campaign number 3/ })).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/Offline/)).toBeNull())
  })
})
