// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CommandPalette } from '../../src/renderer/src/palette/CommandPalette'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaign, campaignPage, profile, profileList } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useToastsStore.setState({ toasts: [], next: 1 })
  useProfilesStore.getState().apply(profileList([profile({ id: 'p1', name: 'Production' }), profile({ id: 'p2', name: 'Staging' })], 'p1'))
})
afterEach(cleanup)

function open() {
  act(() => void fireEvent.keyDown(window, { key: 'k', ctrlKey: true }))
  return screen.getByRole('combobox')
}

function setup() {
  const fake = createFakeFacade({
    'campaigns.list': (input) => ({ ok: true, value: campaignPage(input.search === 'spring' ? [campaign(7, { name: 'Spring launch', campaign_id: 'c-7' })] : []) }),
    'senders.list': () => ({ ok: true, value: { sender_accounts: [{ inbox_id: 'i-1', email_address: 'spring@acme.test' }] } }),
    'profiles.activate': () => ({ ok: true, value: profile({ id: 'p2', name: 'Staging', active: true }) }),
    'profiles.list': () => ({ ok: true, value: profileList([profile({ id: 'p1', name: 'Production' }), profile({ id: 'p2', name: 'Staging' })], 'p2') })
  })
  renderWithFacade(createElement(CommandPalette), fake.facade, { route: '/settings' })
  return fake
}

describe('command palette', () => {
  it('opens with Ctrl+K (and ⌘+K), focused in its search box, and closes with Escape', () => {
    setup()
    const input = open()
    expect(document.activeElement).toBe(input)
    expect(screen.getByRole('dialog', { name: 'Go to or run…' })).toBeTruthy()
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    act(() => void fireEvent.keyDown(window, { key: 'K', metaKey: true }))
    expect(screen.getByRole('dialog')).toBeTruthy()
  })

  it('jumps to a screen from the keyboard: type, arrows move the active option, Enter goes', async () => {
    setup()
    const input = open()
    fireEvent.change(input, { target: { value: 'err' } })
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Error log'])
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id)
    await act(async () => void fireEvent.keyDown(input, { key: 'Enter' }))
    expect(currentLocation.pathname).toBe('/errors')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('finds campaigns and inboxes by name through the API and opens the campaign', async () => {
    const fake = setup()
    const input = open()
    fireEvent.change(input, { target: { value: 'spring' } })
    const option = await screen.findByRole('option', { name: 'Spring launch' })
    expect(await screen.findByRole('option', { name: 'spring@acme.test' })).toBeTruthy()
    expect(fake.spy('campaigns.list')).toHaveBeenCalledWith(expect.objectContaining({ search: 'spring' }))
    const options = screen.getAllByRole('option')
    for (let i = 0; i < options.indexOf(option); i++) fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input.getAttribute('aria-activedescendant')).toBe(option.id)
    await act(async () => void fireEvent.keyDown(input, { key: 'Enter' }))
    expect(currentLocation.pathname).toBe('/campaigns/c-7')
  })

  it('runs the common actions: new campaign, add inbox, switch profile', async () => {
    const fake = setup()
    let input = open()
    fireEvent.change(input, { target: { value: 'new campaign' } })
    await act(async () => void fireEvent.keyDown(input, { key: 'Enter' }))
    expect(`${currentLocation.pathname}${currentLocation.search}`).toBe('/campaigns?new=1')
    input = open()
    fireEvent.change(input, { target: { value: 'add inbox' } })
    await act(async () => void fireEvent.keyDown(input, { key: 'Enter' }))
    expect(currentLocation.pathname).toBe('/inboxes/new')
    input = open()
    fireEvent.change(input, { target: { value: 'switch' } })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Switch profile to Staging'])
    await act(async () => void fireEvent.keyDown(input, { key: 'Enter' }))
    await waitFor(() => expect(fake.spy('profiles.activate')).toHaveBeenCalledWith({ id: 'p2' }))
    await waitFor(() => expect(useToastsStore.getState().toasts.map((t) => t.text)).toEqual(['Now using profile “Staging”.']))
  })
})
