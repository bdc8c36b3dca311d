// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade, type Handlers } from './helpers/fake-facade'
import { campaign, campaignPage, profile, profileList } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useAppStore.getState().reset()
  useProfilesStore.getState().reset()
})
afterEach(cleanup)

const SETTINGS_RESET = 'The settings file could not be used (it is not valid JSON). It was kept as settings.corrupt-1.json and the console started with fresh settings.'

async function renderApp(handlers: Handlers, options: { route?: string; notices?: Array<{ code: 'settings_reset'; message: string }>; sandboxUrl?: string | null } = {}) {
  const fake = createFakeFacade({
    'app.info': () => ({
      ok: true,
      value: { version: '0.1.0', shell: 'browser', dataDir: '/tmp/x', sandbox: { running: true, baseUrl: options.sandboxUrl ?? null }, notices: options.notices ?? [] }
    }),
    'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }),
    'campaigns.get': (input) => ({ ok: true, value: { ...campaign(1), campaign_id: input.campaign_id, name: 'Spring launch' } }),
    'profiles.list': () => ({ ok: true, value: profileList([profile()]) }),
    ...handlers
  })
  const rendered = await act(async () => renderWithFacade(createElement(App), fake.facade, { route: options.route ?? '/' }))
  return { fake, ...rendered }
}

describe('App shell', () => {
  it('shows a startup notice (settings set aside) as an alert until dismissed', async () => {
    await renderApp({}, { notices: [{ code: 'settings_reset', message: SETTINGS_RESET }] })
    const alert = (await screen.findAllByRole('alert')).find((a) => a.textContent?.includes('settings.corrupt-1.json'))
    expect(alert).toBeTruthy()
    fireEvent.click(within(alert as HTMLElement).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/settings\.corrupt-1\.json/)).toBeNull()
  })

  it('opens #/ on Campaigns, titles the window, and lists the active profile’s campaigns', async () => {
    const { fake } = await renderApp({})
    expect(currentLocation.pathname).toBe('/campaigns')
    expect(await screen.findByRole('row', { name: /Campaign number 1/ })).toBeTruthy()
    expect(document.title).toBe('Campaigns — ColdSend console')
    expect(fake.spy('app.info')).toHaveBeenCalled()
  })

  it('says clearly that a sandbox-backed profile shows demo data (built-in or pointing at the embedded sandbox)', async () => {
    await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([profile({ id: 'sb', name: 'Sandbox', kind: 'sandbox' })], 'sb') }) })
    const banner = screen.getByRole('banner')
    await waitFor(() => expect(within(banner).getByText(/Sandbox — demo data\./)).toBeTruthy())
    expect(banner.textContent).toContain('Nothing is sent to real recipients')
    expect(within(banner).getAllByText('Sandbox')).toHaveLength(1) // the profile name once, no extra pill
    cleanup()
    await renderApp(
      { 'profiles.list': () => ({ ok: true, value: profileList([profile({ id: 'u', name: 'Local test', baseUrl: 'http://127.0.0.1:4010/api/public/v1' })], 'u') }) },
      { sandboxUrl: 'http://127.0.0.1:4010/api/public/v1' }
    )
    await waitFor(() => expect(within(screen.getByRole('banner')).getByText(/Sandbox — demo data\./)).toBeTruthy())
    cleanup()
    await renderApp({})
    await screen.findByRole('row', { name: /Campaign number 1/ })
    expect(within(screen.getByRole('banner')).queryByText(/demo data/)).toBeNull()
  })

  it('points to Settings on first run; nav links change the address, mark the current screen and focus its heading', async () => {
    await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([], null) }) })
    expect(await screen.findByText(/no active connection profile/)).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Settings' })))
    expect(currentLocation.pathname).toBe('/settings')
    // Settings is its own chunk: focus lands on its heading once it has loaded.
    const heading = await screen.findByRole('heading', { name: 'Settings', level: 1 })
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page')
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(document.title).toBe('Settings — ColdSend console')
  })

  it('gives every entity a URL: a campaign page is titled by the campaign and its sections are links', async () => {
    await renderApp({}, { route: '/campaigns/c-42' })
    expect(await screen.findByRole('heading', { name: 'Spring launch', level: 1 })).toBeTruthy()
    expect(document.title).toBe('Spring launch · Campaigns — ColdSend console')
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Leads' })))
    expect(currentLocation.pathname).toBe('/campaigns/c-42/leads')
    expect(document.title).toBe('Leads · Spring launch · Campaigns — ColdSend console')
  })

  it('shows a not-found screen with a way back for an unknown address', async () => {
    await renderApp({}, { route: '/campains' })
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy()
    expect(screen.getByText('#/campains')).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('link', { name: 'Go to Campaigns' })))
    expect(currentLocation.pathname).toBe('/campaigns')
  })

  it('follows profiles.changed pushed by the core', async () => {
    const { fake } = await renderApp({ 'profiles.list': () => ({ ok: true, value: profileList([], null) }) })
    await act(async () => fake.emit('profiles.changed', profileList([profile({ name: 'Pushed profile' })])))
    expect(within(screen.getByRole('banner')).getByText('Pushed profile')).toBeTruthy()
  })
})
