// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { CampaignDetail } from '../../src/shared/contract/campaigns'
import { DeleteInboxDialog } from '../../src/renderer/src/screens/inboxes/DeleteInboxDialog'
import { InboxesScreen } from '../../src/renderer/src/screens/inboxes/InboxesScreen'
import { InboxScreen } from '../../src/renderer/src/screens/inboxes/InboxScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade, type FakeFacade } from './helpers/fake-facade'
import { campaign, campaignDetail, campaignPage, errorBase, profile, profileList } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useToastsStore.setState({ toasts: [] })
  useProfilesStore.getState().apply(profileList([profile()]))
})
afterEach(cleanup)

const INBOX = { inbox_id: 'in-1', email_address: 'old@example.com' }
const slot = (id: string) => ({ inbox_id: id, email_address: `${id}@example.com` })
const inUse = (names: string[]): AppError => ({
  ...errorBase,
  operation: 'senders.delete',
  status: 400,
  kind: 'business',
  code: 'inbox_in_use',
  detail: 'in use',
  message: `This inbox is used by ${names.join(', ')} and cannot be deleted.`,
  campaigns: names,
  count: names.length,
  guidance: 'unassign-inbox'
})

/** A fake ColdSend holding these campaigns; delete is refused while any still lists the inbox. */
function setup(details: CampaignDetail[]) {
  const byId = new Map(details.map((d) => [d.campaign_id, structuredClone(d)]))
  const fake: FakeFacade = createFakeFacade({
    'campaigns.list': () => ({ ok: true, value: campaignPage([...byId.values()].map((d, i) => campaign(i, { campaign_id: d.campaign_id, name: d.name, status: d.status }))) }),
    'campaigns.get': ({ campaign_id }) => ({ ok: true, value: structuredClone(byId.get(campaign_id)!) }),
    'campaigns.pause': ({ campaign_id }) => ((byId.get(campaign_id)!.status = 'PAUSED'), { ok: true, value: { status: 'PAUSED' } }),
    'campaigns.activate': ({ campaign_id }) => ((byId.get(campaign_id)!.status = 'ACTIVE'), { ok: true, value: { status: 'ACTIVE' } }),
    'campaigns.update': ({ campaign_id, inbox_ids }) => {
      const c = byId.get(campaign_id)!
      c.inboxes = (inbox_ids ?? []).map(slot)
      return { ok: true, value: { campaign_id, status: c.status, updated_at: null, missing_requirements: [] } }
    },
    'senders.delete': () => {
      const names = [...byId.values()].filter((c) => c.inboxes?.some((i) => i.inbox_id === 'in-1')).map((c) => c.name)
      return names.length > 0 ? { ok: false, error: inUse(names) } : { ok: true, value: { inbox_id: 'in-1', deleted: true } }
    }
  })
  let closed = 0
  let deleted = 0
  renderWithFacade(createElement(DeleteInboxDialog, { inbox: INBOX, onClose: () => void closed++, onDeleted: () => void deleted++ }), fake.facade)
  return { fake, byId, counts: () => ({ closed, deleted }) }
}

async function askToDelete() {
  const dialog = screen.getByRole('dialog', { name: 'Delete old@example.com?' })
  await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete inbox' })))
  return dialog
}

const spring = campaignDetail({ campaign_id: 'c-spring', name: 'Spring launch', status: 'ACTIVE', inboxes: [slot('in-1'), slot('in-2')] })
const draft = campaignDetail({ campaign_id: 'c-draft', name: 'Autumn draft', status: 'DRAFT', inboxes: [slot('in-1'), slot('in-3')] })

describe('Deleting an inbox that campaigns use', () => {
  it('shows the campaigns with status, link and plan, and changes nothing until asked', async () => {
    const { fake } = setup([spring, draft])
    const dialog = await askToDelete()
    const list = await within(dialog).findByRole('list', { name: 'Campaigns using this inbox' })
    expect(within(list).getByRole('link', { name: 'Spring launch' }).getAttribute('href')).toBe('/campaigns/c-spring')
    expect(within(list).getByText('Active')).toBeTruthy()
    expect(within(list).getByText('Pause Spring launch, remove this inbox, resume it.')).toBeTruthy()
    expect(within(list).getByText('Remove this inbox from Autumn draft (it stays draft).')).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('Campaigns still send from this inbox')
    expect(fake.spy('campaigns.pause')).not.toHaveBeenCalled()
    expect(fake.spy('campaigns.update')).not.toHaveBeenCalled()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy()
  })

  it('runs the steps on request, shows each one done, and ends with the inbox deleted', async () => {
    const { byId, counts } = setup([spring, draft])
    const dialog = await askToDelete()
    await act(async () => void fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove from campaigns and delete' })))
    const outcome = await within(dialog).findByRole('status')
    expect(outcome.textContent).toContain('Done: this inbox was taken out of Spring launch, Autumn draft and deleted.')
    await waitFor(() => expect(document.activeElement).toBe(outcome))
    const steps = within(within(dialog).getByRole('list', { name: 'Progress' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(steps).toEqual([
      'Pause Spring launch: Done',
      'Remove this inbox from Spring launch: Done',
      'Resume Spring launch: Done',
      'Remove this inbox from Autumn draft: Done',
      'Delete old@example.com: Done'
    ])
    expect(byId.get('c-spring')!.status).toBe('ACTIVE')
    expect(byId.get('c-draft')!.status).toBe('DRAFT')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(counts()).toEqual({ closed: 1, deleted: 1 })
  })

  it('a failure mid-way says which campaign is left paused and offers to resume it', async () => {
    const { fake, byId } = setup([draft, spring])
    const refused: AppError = { ...errorBase, operation: 'campaigns.update', status: 400, kind: 'business', code: 'request_refused', detail: 'No.', message: 'ColdSend refused the change.', guidance: 'fix-request' }
    fake.set('campaigns.update', ({ campaign_id, inbox_ids }) => {
      if (campaign_id === 'c-spring') return { ok: false, error: refused }
      byId.get(campaign_id)!.inboxes = (inbox_ids ?? []).map(slot)
      return { ok: true, value: { campaign_id, status: 'DRAFT', updated_at: null, missing_requirements: [] } }
    })
    const dialog = await askToDelete()
    await act(async () => void fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove from campaigns and delete' })))
    const alert = await within(dialog).findByText(/Stopped at “Remove this inbox from Spring launch”/)
    expect(alert.textContent).toContain('still PAUSED')
    expect(alert.textContent).toContain('Already taken out of: Autumn draft.')
    expect(alert.textContent).toContain('The inbox was not deleted.')
    const steps = within(within(dialog).getByRole('list', { name: 'Progress' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(steps).toEqual([
      'Remove this inbox from Autumn draft: Done',
      'Pause Spring launch: Done',
      'Remove this inbox from Spring launch: Failed — ColdSend refused the change.',
      'Resume Spring launch: Waiting',
      'Delete old@example.com: Waiting'
    ])
    expect(byId.get('c-spring')!.status).toBe('PAUSED')
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Resume Spring launch' })))
    expect(await within(dialog).findByText('Spring launch is sending again.')).toBeTruthy()
    expect(byId.get('c-spring')!.status).toBe('ACTIVE')
  })

  it('after a stop, Look again and a second run resume the campaign the first run left paused', async () => {
    const { fake, byId } = setup([spring])
    const refused: AppError = { ...errorBase, operation: 'campaigns.update', status: 400, kind: 'business', code: 'request_refused', detail: 'No.', message: 'ColdSend refused the change.', guidance: 'fix-request' }
    fake.set('campaigns.update', () => ({ ok: false, error: refused }))
    const dialog = await askToDelete()
    await act(async () => void fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove from campaigns and delete' })))
    await within(dialog).findByRole('button', { name: 'Resume Spring launch' })
    expect(byId.get('c-spring')!.status).toBe('PAUSED')
    fake.set('campaigns.update', ({ campaign_id, inbox_ids }) => {
      byId.get(campaign_id)!.inboxes = (inbox_ids ?? []).map(slot)
      return { ok: true, value: { campaign_id, status: 'PAUSED', updated_at: null, missing_requirements: [] } }
    })
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Look again' })))
    expect(await within(dialog).findByText('Remove this inbox from Spring launch, then resume it (the earlier attempt paused it).')).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: 'Resume Spring launch' })).toBeTruthy()
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Remove from campaigns and delete' })))
    await within(dialog).findByText(/^Done:/)
    const steps = within(within(dialog).getByRole('list', { name: 'Progress' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(steps).toEqual(['Remove this inbox from Spring launch: Done', 'Resume Spring launch: Done', 'Delete old@example.com: Done'])
    expect(byId.get('c-spring')!.status).toBe('ACTIVE')
    expect(fake.spy('campaigns.pause')).toHaveBeenCalledTimes(1)
  })

  it('a campaign that sends only from this inbox blocks the flow and offers to open it', async () => {
    const solo = campaignDetail({ campaign_id: 'c-solo', name: 'Solo run', status: 'PAUSED', inboxes: [slot('in-1')] })
    const { fake } = setup([draft, solo])
    const dialog = await askToDelete()
    expect(await within(dialog).findByRole('link', { name: 'Open Solo run' })).toBeTruthy()
    expect(within(dialog).getByText(/Solo run sends only from this inbox/)).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: 'Remove from campaigns and delete' })).toBeNull()
    expect(fake.spy('campaigns.update')).not.toHaveBeenCalled()
  })

  it('Escape is ignored while the steps run', async () => {
    const { fake, counts } = setup([spring])
    let release: () => void = () => undefined
    fake.set('campaigns.pause', () => new Promise((resolve) => (release = () => resolve({ ok: true, value: { status: 'PAUSED' } }))))
    const dialog = await askToDelete()
    await act(async () => void fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove from campaigns and delete' })))
    await waitFor(() => expect(fake.spy('campaigns.pause')).toHaveBeenCalled())
    fireEvent.keyDown(dialog, { key: 'Escape' })
    expect(counts().closed).toBe(0)
    expect(within(dialog).getByText('In progress…')).toBeTruthy()
    await act(async () => release())
  })

  it('from the list, choosing Delete… and clicking inside the dialog keep the list open (the row click does not open the inbox)', async () => {
    const row = { inbox_id: 'in-1', email_address: 'old@example.com', display_name: 'Old', inbox_type: 'CUSTOM_SMTP', daily_limit: 50, overall_status: 'ACTIVE', created_at: '2026-01-05T10:00:00Z', health: { smtp_ok: true, imap_ok: true, last_error: null } }
    const fake = createFakeFacade({ 'senders.list': () => ({ ok: true, value: { sender_accounts: [row], pagination: { page: 1, limit: 100, total: 1, pages: 1, has_next: false, has_prev: false } } }) })
    renderWithFacade(createElement(InboxesScreen), fake.facade, { route: '/inboxes' })
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for old@example.com' }))
    fireEvent.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Delete…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete old@example.com?' })
    fireEvent.click(within(dialog).getByText(/cannot be undone/))
    expect(currentLocation.pathname).toBe('/inboxes')
  })

  it('a finished campaign blocks the flow, and a named campaign the console cannot find is said', async () => {
    const done = campaignDetail({ campaign_id: 'c-done', name: 'Old wave', status: 'COMPLETED', inboxes: [slot('in-1'), slot('in-2')] })
    const { fake } = setup([draft, done])
    fake.set('senders.delete', () => ({ ok: false, error: inUse(['Autumn draft', 'Old wave', 'Ghost campaign']) }))
    const dialog = await askToDelete()
    expect(await within(dialog).findByText(/Old wave is completed; ColdSend does not let a finished campaign change/)).toBeTruthy()
    expect(within(dialog).getByText(/ColdSend also named Ghost campaign, which the console could not find/)).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: 'Remove from campaigns and delete' })).toBeNull()
  })

  it('from the inbox page, the guided delete ends on the inbox list', async () => {
    const { fake } = setup([draft])
    cleanup()
    fake.set('senders.get', () => ({ ok: true, value: { inbox_id: 'in-1', email_address: 'old@example.com', display_name: 'Old', inbox_type: 'CUSTOM_SMTP', daily_limit: 50, overall_status: 'ACTIVE', created_at: null, health: { smtp_ok: true, imap_ok: true, last_error: null } } }))
    renderWithFacade(createElement(InboxScreen), fake.facade, { route: '/inboxes/in-1', path: '/inboxes/:id' })
    fireEvent.click(await screen.findByRole('button', { name: 'Delete inbox' }))
    const dialog = await askToDelete()
    await act(async () => void fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove from campaigns and delete' })))
    await within(dialog).findByText(/^Done:/)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(currentLocation.pathname).toBe('/inboxes')
    expect(useToastsStore.getState().toasts.map((t) => t.text)).toContain('Inbox old@example.com deleted.')
  })
})
