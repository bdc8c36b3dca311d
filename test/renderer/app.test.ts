// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { useCampaignsStore } from '../../src/renderer/src/stores/campaigns-store'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade, type Handlers } from './helpers/fake-facade'
import { campaign, campaignPage, profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

beforeEach(() => {
  useAppStore.getState().reset()
  useProfilesStore.getState().reset()
  useCampaignsStore.getState().reset()
})
afterEach(cleanup)

const SETTINGS_RESET = 'The settings file could not be used (it is not valid JSON). It was kept as settings.corrupt-1.json and the console started with fresh settings.'

async function renderApp(handlers: Handlers, notices: Array<{ code: 'settings_reset'; message: string }> = []) {
  const fake = createFakeFacade({
    'app.info': () => ({ ok: true, value: { version: '0.1.0', shell: 'browser', dataDir: '/tmp/x', sandbox: { running: true, baseUrl: null }, notices } }),
    'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }),
    ...handlers
  })
  await act(async () => void renderWithFacade(createElement(App), fake.facade))
  return fake
}

describe('App', () => {
  it('shows a startup notice (settings set aside) as an alert until dismissed', async () => {
    await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([profile()]) }) }, [{ code: 'settings_reset', message: SETTINGS_RESET }])
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('settings.corrupt-1.json')
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/settings\.corrupt-1\.json/)).toBeNull()
  })

  it('loads app info and profiles at start and shows the active profile with a Sandbox badge', async () => {
    const fake = await renderApp({
      'profiles.list': () => ({ ok: true, value: profileList([profile({ id: 'sb', name: 'Demo sandbox', kind: 'sandbox' })]) })
    })
    expect(fake.spy('app.info')).toHaveBeenCalled()
    const banner = screen.getByRole('banner')
    expect(within(banner).getByText('Demo sandbox')).toBeTruthy()
    expect(within(banner).getByText('Sandbox')).toBeTruthy()
    expect(await screen.findByRole('row', { name: /Campaign number 1/ })).toBeTruthy()
  })

  it('points to Settings on first run, and the nav links switch screens', async () => {
    await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([], null) }) })
    expect(screen.getByRole('heading', { name: 'Campaigns' })).toBeTruthy()
    expect(screen.getByText(/no active connection profile/)).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Settings' })))
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }))
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Campaigns' })))
    expect(screen.getByRole('heading', { name: 'Campaigns' })).toBeTruthy()
  })

  it('follows profiles.changed pushed by the core', async () => {
    const fake = await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([], null) }) })
    await act(async () => fake.emit('profiles.changed', profileList([profile({ name: 'Pushed profile' })])))
    expect(within(screen.getByRole('banner')).getByText('Pushed profile')).toBeTruthy()
  })
})
