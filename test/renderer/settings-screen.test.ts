// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ProfileView } from '../../src/shared/contract/profiles'
import { SettingsScreen } from '../../src/renderer/src/screens/settings/SettingsScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade, type Handlers } from './helpers/fake-facade'
import { profile, profileList, storageStatus } from './helpers/fixtures'
import { describedBy, renderWithFacade } from './helpers/render'

let saved: ProfileView[] = []

beforeEach(() => {
  useProfilesStore.getState().reset()
  useToastsStore.setState({ toasts: [] })
  saved = [profile({ id: 'sb', name: 'Sandbox', kind: 'sandbox', baseUrl: 'http://127.0.0.1:4010/api/public/v1', key: { configured: true, last4: 'abcd', backend: 'memory' } })]
  useProfilesStore.getState().apply(profileList(saved))
})
afterEach(cleanup)

function renderSettings(handlers: Handlers = {}) {
  const fake = createFakeFacade({ 'profiles.list': () => ({ ok: true, value: profileList(saved, 'sb') }), ...handlers })
  renderWithFacade(createElement(SettingsScreen), fake.facade)
  return fake
}

const click = (name: string) => act(async () => void fireEvent.click(screen.getByRole('button', { name })))
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('Settings screen', () => {
  it('lists profiles with key status, active marker and the actions their kind allows', () => {
    saved.push(profile({ id: 'environment', name: 'Environment', kind: 'environment', key: { configured: true, last4: '9f9f', backend: 'environment' } }))
    saved.push(profile({ id: 'u1', name: 'Staging', key: { configured: false, last4: null, backend: null } }))
    useProfilesStore.getState().apply(profileList(saved, 'sb'))
    renderSettings()
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy()
    expect(screen.getByText(/Key •••• abcd stored in memory only/)).toBeTruthy()
    expect(screen.getByText(/No key/)).toBeTruthy()
    expect(screen.getByText('Active')).toBeTruthy()
    expect(screen.getByText(/COLDSEND_BASE_URL and COLDSEND_API_KEY/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Edit Environment' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Remove Environment' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Use Environment' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Edit Staging' })).toBeTruthy()
  })

  it('keeps the API key in a password field and empties it once saved', async () => {
    const fake = renderSettings({
      'profiles.save': (input) => {
        const created = profile({ id: 'new', name: input.name, baseUrl: input.baseUrl, active: false })
        saved.push(created)
        return { ok: true, value: created }
      }
    })
    await click('Add profile')
    const key = screen.getByLabelText('API key') as HTMLInputElement
    expect(key.type).toBe('password')
    expect(key.getAttribute('autocomplete')).toBe('off')
    type('Name', 'Production')
    type('Base URL', 'https://api.coldsend.pro/api/public/v1')
    type('API key', 'cs_live_secretsecret1234abcd')
    await click('Save profile')
    expect(fake.spy('profiles.save')).toHaveBeenCalledWith({ name: 'Production', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: 'cs_live_secretsecret1234abcd' })
    // Saved: the form closes (later typing cannot edit the saved profile), the new row gets focus, a toast confirms.
    await waitFor(() => expect(screen.queryByLabelText('API key')).toBeNull())
    await waitFor(() => expect(document.activeElement?.id).toBe('profile-row-new'))
    expect(useToastsStore.getState().toasts.map((t) => t.text)).toEqual(['Profile “Production” saved.'])
    expect(document.body.innerHTML).not.toContain('cs_live_secretsecret1234')
  })

  it('refuses plain http:// for a non-loopback Base URL on the field, and allows loopback', async () => {
    const fake = renderSettings({ 'profiles.save': () => ({ ok: true, value: profile({ id: 'x' }) }) })
    await click('Add profile')
    type('Name', 'Insecure')
    type('Base URL', 'http://api.example.com/api/public/v1')
    await click('Save profile')
    const baseUrl = screen.getByLabelText('Base URL')
    expect(baseUrl.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(baseUrl)[0]?.textContent).toMatch(/https:\/\//)
    expect(document.activeElement).toBe(baseUrl)
    expect(fake.spy('profiles.save')).not.toHaveBeenCalled()
    type('Base URL', 'http://localhost:8080/api/public/v1')
    await waitFor(() => expect(baseUrl.getAttribute('aria-invalid')).toBeNull())
    fireEvent.click(screen.getByLabelText('No key yet — I will add it later'))
    await click('Save profile')
    expect(fake.spy('profiles.save')).toHaveBeenCalledTimes(1)
  })

  it('tests the draft and lists the missing scopes in the status region', async () => {
    const fake = renderSettings({
      'profiles.test': () => ({
        ok: true,
        value: { status: 'missing_scopes', message: 'The key is valid but lacks scopes.', missingScopes: ['campaigns:create', 'leads:read'], grantedScopes: ['campaigns:read'], uncheckedScopes: [], suggestedBaseUrl: null, checkedAt: '2025-01-15T10:30:00Z' }
      })
    })
    await click('Add profile')
    type('Base URL', 'https://api.coldsend.pro/api/public/v1')
    type('API key', 'cs_live_draftkey0123456789abcdef')
    await click('Test connection')
    expect(fake.spy('profiles.test')).toHaveBeenCalledWith({ baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: 'cs_live_draftkey0123456789abcdef' })
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('missing scopes'))
    // Focus lands on the verdict, not on <body>.
    await waitFor(() => expect(document.activeElement?.contains(status as Node)).toBe(true))
    expect(status?.textContent).toContain('campaigns:create')
    expect(status?.textContent).toContain('leads:read')
  })

  it('edits with an empty key field and tests a saved profile by id', async () => {
    saved.push(profile({ id: 'u1', name: 'Staging' }))
    useProfilesStore.getState().apply(profileList(saved, 'sb'))
    const fake = renderSettings({
      'profiles.test': () => ({ ok: true, value: { status: 'ok', message: 'Connected to api.coldsend.pro.', missingScopes: [], grantedScopes: null, uncheckedScopes: [], suggestedBaseUrl: null, checkedAt: '2025-01-15T10:30:00Z' } }),
      'profiles.save': (input) => ({ ok: true, value: profile({ id: 'u1', name: input.name, key: { configured: true, last4: '9999', backend: 'keyring' } }) })
    })
    await click('Edit Staging')
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('')
    expect(screen.getByText('Leave empty to keep the stored key •••• 1234')).toBeTruthy()
    await click('Test connection')
    expect(fake.spy('profiles.test')).toHaveBeenCalledWith({ id: 'u1' })
    expect(screen.getByText('Connected')).toBeTruthy()
    type('API key', 'cs_live_replacement9999abcdefgh')
    await click('Save profile')
    expect(fake.spy('profiles.save')).toHaveBeenCalledWith({ id: 'u1', name: 'Staging', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: 'cs_live_replacement9999abcdefgh' })
    await waitFor(() => expect(screen.queryByLabelText('API key')).toBeNull())
  })

  it('asks before removing a profile that is not active, and sends no next-profile choice', async () => {
    saved.push(profile({ id: 'u1', name: 'Staging' }))
    useProfilesStore.getState().apply(profileList(saved, 'sb'))
    const fake = renderSettings({ 'profiles.remove': () => ({ ok: true, value: { done: true } }) })
    await click('Remove Staging')
    expect(fake.spy('profiles.remove')).not.toHaveBeenCalled()
    const confirm = screen.getByRole('group', { name: 'Confirm removal of Staging' })
    expect(within(confirm).queryByRole('radio')).toBeNull()
    await act(async () => void fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove Staging' })))
    expect(fake.spy('profiles.remove')).toHaveBeenCalledWith({ id: 'u1' })
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Connection profiles' })))
  })

  it('removing the active profile asks which profile to use next (or none), never switching silently', async () => {
    saved.push(profile({ id: 'u1', name: 'Staging' }), profile({ id: 'u2', name: 'Production' }))
    useProfilesStore.getState().apply(profileList(saved, 'sb'))
    const fake = renderSettings({ 'profiles.remove': () => ({ ok: true, value: { done: true } }) })
    await click('Remove Sandbox')
    const confirm = screen.getByRole('group', { name: 'Confirm removal of Sandbox' })
    const choices = within(confirm).getAllByRole('radio').map((r) => (r.parentElement?.textContent ?? '').trim())
    expect(choices).toEqual(['Staging', 'Production', 'No profile — I will choose one later'])
    fireEvent.click(within(confirm).getByLabelText('Production'))
    await act(async () => void fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove Sandbox' })))
    expect(fake.spy('profiles.remove')).toHaveBeenCalledWith({ id: 'sb', nextActiveId: 'u2' })
    cleanup()
    const again = renderSettings({ 'profiles.remove': () => ({ ok: true, value: { done: true } }) })
    await click('Remove Sandbox')
    fireEvent.click(screen.getByLabelText('No profile — I will choose one later'))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Sandbox' })))
    expect(again.spy('profiles.remove')).toHaveBeenCalledWith({ id: 'sb', nextActiveId: null })
  })

  it('offers "Restore sandbox profile" once it was removed, and focuses the restored row', async () => {
    saved = [profile({ id: 'u1', name: 'Staging' })]
    useProfilesStore.getState().apply({ ...profileList(saved, 'u1'), sandboxRestorable: true })
    const restored = profile({ id: 'sb', name: 'Sandbox', kind: 'sandbox' })
    const fake = renderSettings({
      'profiles.restoreSandbox': () => {
        saved.push(restored)
        return { ok: true, value: restored }
      },
      'profiles.list': () => ({ ok: true, value: { ...profileList(saved, 'u1'), sandboxRestorable: false } })
    })
    await click('Restore sandbox profile')
    expect(fake.spy('profiles.restoreSandbox')).toHaveBeenCalledWith({})
    await waitFor(() => expect(document.activeElement?.id).toBe('profile-row-sb'))
    expect(screen.queryByRole('button', { name: 'Restore sandbox profile' })).toBeNull()
  })

  it('says what is wrong with a key that is not a key, and with no key unless "No key yet" is chosen', async () => {
    const fake = renderSettings({ 'profiles.save': (input) => ({ ok: true, value: profile({ id: 'n', name: input.name }) }) })
    await click('Add profile')
    type('Name', 'Production')
    type('API key', 'not-a-key')
    await click('Save profile')
    const key = screen.getByLabelText('API key')
    expect(key.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(key)[0]?.textContent).toMatch(/cs_live_/)
    expect(describedBy(key)[0]?.textContent).not.toContain('not-a-key')
    type('API key', '')
    await click('Save profile')
    await waitFor(() => expect(describedBy(key)[0]?.textContent).toMatch(/No key yet/))
    expect(fake.spy('profiles.save')).not.toHaveBeenCalled()
    fireEvent.click(screen.getByLabelText('No key yet — I will add it later'))
    await click('Save profile')
    expect(fake.spy('profiles.save')).toHaveBeenCalledWith({ name: 'Production', baseUrl: 'https://api.coldsend.pro/api/public/v1', withoutKey: true })
  })

  it('keeps focus on the row after Use (the Use button goes away)', async () => {
    saved.push(profile({ id: 'u1', name: 'Staging' }))
    useProfilesStore.getState().apply(profileList(saved, 'sb'))
    renderSettings({
      'profiles.activate': () => ({ ok: true, value: profile({ id: 'u1', name: 'Staging', active: true }) }),
      'profiles.list': () => ({ ok: true, value: profileList(saved, 'u1') })
    })
    await click('Use Staging')
    await waitFor(() => expect(document.activeElement?.id).toBe('profile-row-u1'))
    expect(screen.queryByRole('button', { name: 'Use Staging' })).toBeNull()
  })

  it('offers weaker storage only when available and not yet allowed, explaining the memory-only fallback', async () => {
    useProfilesStore.getState().setStorage(storageStatus({ backend: 'memory', secure: false, weakerAvailable: true, weakerAllowed: false, note: 'No Secret Service.' }))
    const fake = renderSettings({
      'secrets.allowWeakerStorage': ({ allow }) => ({ ok: true, value: storageStatus({ backend: 'weak-file', secure: false, weakerAvailable: true, weakerAllowed: allow }) })
    })
    const box = screen.getByLabelText('Store keys with weaker protection') as HTMLInputElement
    expect(box.checked).toBe(false)
    expect(screen.getByText(/kept in memory only until the\s+console closes/)).toBeTruthy()
    await act(async () => void fireEvent.click(box))
    expect(fake.spy('secrets.allowWeakerStorage')).toHaveBeenCalledWith({ allow: true })
  })
})
