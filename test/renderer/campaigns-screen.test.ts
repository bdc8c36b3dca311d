// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CampaignSummary } from '../../src/shared/contract/campaigns'
import { CampaignsScreen } from '../../src/renderer/src/screens/campaigns/CampaignsScreen'
import { useAppStore } from '../../src/renderer/src/stores/app-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaign, campaignPage, errorBase, profile, profileList } from './helpers/fixtures'
import { currentLocation, describedBy, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useToastsStore.setState({ toasts: [] })
  useAppStore.getState().reset()
  useProfilesStore.getState().reset()
  useProfilesStore.getState().apply(profileList([profile()]))
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('Campaigns screen', () => {
  it('shows a busy loading state, then the table with its columns', async () => {
    let answer: (value: ReturnType<typeof campaignPage>) => void = () => undefined
    const fake = createFakeFacade({
      'campaigns.list': () => new Promise((resolve) => (answer = (value) => resolve({ ok: true, value })))
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    expect(screen.getByRole('heading', { name: 'Campaigns' })).toBeTruthy()
    expect(screen.getByText('Loading campaigns…')).toBeTruthy()
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull()
    await act(async () => answer(campaignPage([campaign(1, { status: 'ACTIVE', sent_count: 1200 })], 1, 41)))
    const table = await screen.findByRole('table', { name: 'Campaigns' })
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers).toEqual(['Name', 'Status', 'Leads', 'Sent', 'Replies', 'Opens', 'Bounces', 'UnsubsUnsubscribes', 'Created', 'Actions'])
    const row = screen.getByRole('row', { name: /Campaign number 1/ })
    expect(within(screen.getByRole('row', { name: /Campaign number 1/ })).getByRole('button', { name: 'Actions for Campaign number 1' })).toBeTruthy()
    expect(within(row).getByText('Active')).toBeTruthy()
    expect(screen.getByText('Page 1 of 3')).toBeTruthy()
    expect(screen.getByText('41 campaigns in total')).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Next' })))
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ page: 2 }))
  })

  it('shows the empty state with a way to create the first campaign', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    expect(await screen.findByText('No campaigns yet')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Create your first campaign' }))
    expect(screen.getByRole('dialog', { name: 'New campaign' })).toBeTruthy()
  })

  it('renders a failed load through the guidance notice and retries', async () => {
    const fake = createFakeFacade({
      'campaigns.list': () => ({ ok: false, error: { ...errorBase, kind: 'auth', reason: 'missing_key', guidance: 'add-api-key', status: 401, message: 'API key required.' } })
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    expect(await screen.findByRole('heading', { name: 'No API key' })).toBeTruthy()
    fake.set('campaigns.list', () => ({ ok: true, value: campaignPage([campaign(7)]) }))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Retry' })))
    expect(await screen.findByRole('row', { name: /Campaign number 7/ })).toBeTruthy()
  })

  it('filters by status at once and debounces the search box', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    await act(async () => void fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'PAUSED' } }))
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'PAUSED', page: 1 }))
    vi.useFakeTimers()
    const calls = fake.spy('campaigns.list').mock.calls.length
    fireEvent.change(screen.getByLabelText('Search campaigns'), { target: { value: 'spr' } })
    fireEvent.change(screen.getByLabelText('Search campaigns'), { target: { value: 'spring' } })
    act(() => void vi.advanceTimersByTime(299))
    expect(fake.spy('campaigns.list').mock.calls.length).toBe(calls)
    act(() => void vi.advanceTimersByTime(1))
    expect(fake.spy('campaigns.list').mock.calls.length).toBe(calls + 1)
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'spring' }))
    // Typing on while the debounced search comes back into the address loses nothing.
    fireEvent.change(screen.getByLabelText('Search campaigns'), { target: { value: 'spring o' } })
    act(() => void vi.advanceTimersByTime(1))
    expect((screen.getByLabelText('Search campaigns') as HTMLInputElement).value).toBe('spring o')
  })

  it('(d) a successful create closes the dialog, confirms, refreshes the list and opens the new campaign', async () => {
    const rows: CampaignSummary[] = [campaign(1)]
    const fake = createFakeFacade({
      'campaigns.list': () => ({ ok: true, value: campaignPage([...rows]) }),
      'campaigns.create': (input) => {
        rows.unshift(campaign(99, { campaign_id: 'c-new', name: input.name }))
        return { ok: true, value: { campaign_id: 'c-new', name: input.name, status: 'DRAFT', created_at: null } }
      }
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    const opener = screen.getByRole('button', { name: 'New campaign' })
    opener.focus()
    fireEvent.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'New campaign' })
    // The form's code loads on first open; the Name field takes the focus once it is there.
    const name = await within(dialog).findByLabelText('Name')
    await waitFor(() => expect(document.activeElement).toBe(name))
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Spring outreach 2025' } })
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Create campaign' })))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(useToastsStore.getState().toasts.map((t) => t.text)).toEqual(['Campaign “Spring outreach 2025” created. Add its email, inboxes and leads, then launch it.'])
    await waitFor(() => expect(currentLocation.pathname).toBe('/campaigns/c-new'))
    expect(currentLocation.search).toBe('')
    await waitFor(() => expect(fake.spy('campaigns.list')).toHaveBeenCalledTimes(2))
  })

  it('closes the dialog with Escape and returns focus to the button that opened it', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    const opener = screen.getByRole('button', { name: 'New campaign' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.keyDown(await screen.findByLabelText('Name'), { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('keeps focus somewhere meaningful: on Next after reaching the last page, on the search box after Clear filters', async () => {
    const fake = createFakeFacade({
      'campaigns.list': (input) => ({ ok: true, value: input.search === 'zzz' ? campaignPage([]) : campaignPage([campaign(input.page ?? 1)], input.page ?? 1, 21) })
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    const next = screen.getByRole('button', { name: 'Next' })
    next.focus()
    await act(async () => void fireEvent.click(next))
    await screen.findByRole('row', { name: /Campaign number 2/ })
    expect(screen.getByRole('button', { name: 'Next' }).getAttribute('aria-disabled')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }))
    const calls = fake.spy('campaigns.list').mock.calls.length
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Next' })))
    expect(fake.spy('campaigns.list').mock.calls.length).toBe(calls)
    await act(async () => void fireEvent.change(screen.getByLabelText('Search campaigns'), { target: { value: 'zzz' } }))
    const clear = await screen.findByRole('button', { name: 'Clear filters' }, { timeout: 2000 })
    clear.focus()
    await act(async () => void fireEvent.click(clear))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Search campaigns')))
    expect((screen.getByLabelText('Search campaigns') as HTMLInputElement).value).toBe('')
  })

  it('sorts by the chosen order (name, launch, sent, replies), keeps it in the address and across Clear filters', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1)]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ sort_by: 'created_at', sort_order: 'desc' }))
    const sort = screen.getByLabelText('Sort by')
    expect([...(sort as HTMLSelectElement).options].map((o) => o.text)).toEqual(['Newest first', 'Oldest first', 'Name A–Z', 'Name Z–A', 'Recently launched', 'Most sent', 'Most replies'])
    for (const [value, sort_by, sort_order] of [['replies', 'reply_count', 'desc'], ['launched', 'launched_at', 'desc'], ['name-asc', 'name', 'asc']] as const) {
      await act(async () => void fireEvent.change(sort, { target: { value } }))
      await waitFor(() => expect(fake.spy('campaigns.list')).toHaveBeenLastCalledWith(expect.objectContaining({ sort_by, sort_order, page: 1 })))
    }
    expect(currentLocation.search).toBe('?sort=name-asc')
  })

  it('warns (without blocking) when the new name is already used by a campaign', async () => {
    const fake = createFakeFacade({
      'campaigns.list': (input) => ({ ok: true, value: campaignPage(input.search ? [campaign(3, { name: 'Spring Outreach', created_at: '2026-11-02T10:00:00Z' })] : [campaign(1)]) }),
      'campaigns.create': (input) => ({ ok: true, value: { campaign_id: 'c-2', name: input.name, status: 'DRAFT', created_at: null } })
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns?new=1' })
    const name = await screen.findByLabelText('Name')
    fireEvent.change(name, { target: { value: 'spring outreach ' } })
    await waitFor(() => expect(describedBy(name).map((e) => e.textContent).join(' ')).toMatch(/A campaign named “Spring Outreach” already exists/), { timeout: 2000 })
    fireEvent.change(name, { target: { value: 'spring outreach 2' } })
    await waitFor(() => expect(describedBy(name).map((e) => e.textContent).join(' ')).not.toMatch(/already exists/), { timeout: 2000 })
    fireEvent.change(name, { target: { value: 'Spring Outreach' } })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Create campaign' })))
    await waitFor(() => expect(fake.spy('campaigns.create')).toHaveBeenCalledWith({ name: 'Spring Outreach' }))
  })

  it('row actions: a keyboard menu per row — pause an ACTIVE campaign, resume a PAUSED one, delete only after confirming', async () => {
    const rows = [campaign(1, { status: 'ACTIVE', campaign_id: 'c-1' }), campaign(2, { status: 'PAUSED', campaign_id: 'c-2' }), campaign(3, { status: 'COMPLETED', campaign_id: 'c-3' })]
    const fake = createFakeFacade({
      'campaigns.list': () => ({ ok: true, value: campaignPage(rows) }),
      'campaigns.pause': (input) => ({ ok: true, value: { campaign_id: input.campaign_id, status: 'PAUSED' } }),
      'campaigns.resume': (input) => ({ ok: true, value: { campaign_id: input.campaign_id, status: 'ACTIVE' } }),
      'campaigns.delete': (input) => ({ ok: true, value: { campaign_id: input.campaign_id, deleted: true } })
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Campaign number 1/ })
    const menuFor = async (name: string) => {
      const trigger = screen.getByRole('button', { name: `Actions for ${name}` })
      fireEvent.keyDown(trigger, { key: 'ArrowDown' })
      const menu = await screen.findByRole('menu', { name: `Actions for ${name}` })
      return within(menu).getAllByRole('menuitem')
    }
    let items = await menuFor('Campaign number 1')
    expect(items.map((i) => i.textContent)).toEqual(['Open', 'Upload leads', 'Pause', 'Duplicate', 'Delete…'])
    expect(document.activeElement).toBe(items[0])
    expect(items[4]!.getAttribute('aria-disabled')).toBe('true')
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' })
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' })
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Pause'))
    await act(async () => void fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' }))
    await waitFor(() => expect(fake.spy('campaigns.pause')).toHaveBeenCalledWith({ campaign_id: 'c-1' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Campaign number 1' }))
    await waitFor(() => expect(useToastsStore.getState().toasts.map((t) => t.text)).toContain('Campaign “Campaign number 1” paused.'))

    items = await menuFor('Campaign number 2')
    expect(items.map((i) => i.textContent)).toEqual(['Open', 'Upload leads', 'Resume', 'Duplicate', 'Delete…'])
    await act(async () => void fireEvent.click(items[2]!))
    await waitFor(() => expect(fake.spy('campaigns.resume')).toHaveBeenCalledWith({ campaign_id: 'c-2' }))

    items = await menuFor('Campaign number 2')
    await act(async () => void fireEvent.click(items[4]!))
    const dialog = screen.getByRole('dialog', { name: 'Delete “Campaign number 2”?' })
    expect(fake.spy('campaigns.delete')).not.toHaveBeenCalled()
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete campaign' })))
    await waitFor(() => expect(fake.spy('campaigns.delete')).toHaveBeenCalledWith({ campaign_id: 'c-2' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // Each change re-reads the list.
    expect(fake.spy('campaigns.list').mock.calls.length).toBeGreaterThanOrEqual(4)
    items = await menuFor('Campaign number 3')
    expect(items.map((i) => i.textContent)).toEqual(['Open', 'Upload leads', 'Duplicate', 'Delete…'])
    fireEvent.keyDown(items[0]!, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Actions for Campaign number 3' }))
  })

  it('arrow keys move between rows and Enter opens the campaign', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1, { campaign_id: 'c-1' }), campaign(2, { campaign_id: 'c-2' })]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    const first = await screen.findByRole('link', { name: 'Campaign number 1' })
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Campaign number 2' }))
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' })
    expect(document.activeElement).toBe(first)
    await act(async () => void fireEvent.click(first))
    expect(currentLocation.pathname).toBe('/campaigns/c-1')
  })

  it('a click anywhere on a row opens the campaign, but not a click on its Actions button', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(2, { campaign_id: 'c-2' })]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    const row = await screen.findByRole('row', { name: /Campaign number 2/ })
    await act(async () => void fireEvent.click(within(row).getByRole('button', { name: 'Actions for Campaign number 2' })))
    expect(currentLocation.pathname).toBe('/campaigns')
    await act(async () => void fireEvent.click(within(row).getAllByRole('cell')[2]!))
    expect(currentLocation.pathname).toBe('/campaigns/c-2')
  })

  it('clicks and keys inside a dialog opened from a row stay in the dialog (it never opens or moves the row)', async () => {
    const fake = createFakeFacade({ 'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(2, { campaign_id: 'c-2' })]) }) })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    const trigger = await screen.findByRole('button', { name: 'Actions for Campaign number 2' })
    fireEvent.keyDown(trigger, { key: 'ArrowDown' })
    const menu = await screen.findByRole('menu', { name: 'Actions for Campaign number 2' })
    await act(async () => void fireEvent.click(within(menu).getByRole('menuitem', { name: 'Delete…' })))
    const dialog = screen.getByRole('dialog', { name: 'Delete “Campaign number 2”?' })
    expect(screen.getByRole('table').contains(dialog)).toBe(false)
    await act(async () => void fireEvent.click(dialog.querySelector('p') ?? dialog))
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Delete campaign' }), { key: 'ArrowDown' })
    expect(currentLocation.pathname).toBe('/campaigns')
    expect(screen.getByRole('dialog')).toBe(dialog)
  })

  it('Duplicate copies settings, emails and inboxes into a new draft (never the leads), and says when the emails could not follow', async () => {
    const detail = {
      ...campaign(5, { campaign_id: 'c-5', name: 'Spring launch' }),
      timezone: 'Europe/Zurich', sending_days: [1, 2, 3], sending_window_start: 8, daily_limit_per_inbox: 40, start_date: '2020-01-01T00:00:00Z',
      variants: [{ variant_name: 'A', subject_template: 'Hi {{ first_name }}', email_content: 'Hello there, friend', distribution_percent: 100 }],
      sequences: [{ step_number: 1, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [{ email_content: 'Just following up', subject_template: null }] }],
      inboxes: [{ inbox_id: 'i-1', email_address: 'a@b.test' }]
    }
    const fake = createFakeFacade({
      'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(5, { campaign_id: 'c-5', name: 'Spring launch' })]) }),
      'campaigns.get': () => ({ ok: true, value: detail }),
      'campaigns.create': (input) => ({ ok: true, value: { campaign_id: 'c-6', name: input.name, status: 'DRAFT', created_at: null } }),
      'campaigns.update': (input) => ({ ok: true, value: { campaign_id: input.campaign_id, status: 'DRAFT', missing_requirements: [] } })
    })
    renderWithFacade(createElement(CampaignsScreen), fake.facade, { route: '/campaigns' })
    await screen.findByRole('row', { name: /Spring launch/ })
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Spring launch' }))
    await act(async () => void fireEvent.click(screen.getByRole('menuitem', { name: 'Duplicate' })))
    await waitFor(() => expect(fake.spy('campaigns.update')).toHaveBeenCalled())
    expect(fake.spy('campaigns.create')).toHaveBeenCalledWith({ name: 'Copy of Spring launch', timezone: 'Europe/Zurich', sending_days: [1, 2, 3], sending_window_start: 8, daily_limit_per_inbox: 40 })
    expect(fake.spy('campaigns.update')).toHaveBeenCalledWith({
      campaign_id: 'c-6',
      variants: [{ variant_name: 'A', subject_template: 'Hi {{ first_name }}', email_content: 'Hello there, friend', distribution_percent: 100 }],
      sequences: [{ step_number: 1, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [{ email_content: 'Just following up' }] }],
      inbox_ids: ['i-1']
    })
    await waitFor(() => expect(useToastsStore.getState().toasts.at(-1)).toMatchObject({ tone: 'success', link: { to: '/campaigns/c-6' } }))
    expect(useToastsStore.getState().toasts.at(-1)?.text).toContain('leads stay with the original')

    fake.set('campaigns.update', () => ({ ok: false, error: { ...errorBase, kind: 'server', guidance: 'retry-later', message: 'ColdSend had a problem.' } }))
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Spring launch' }))
    await act(async () => void fireEvent.click(screen.getByRole('menuitem', { name: 'Duplicate' })))
    await waitFor(() => expect(useToastsStore.getState().toasts.at(-1)).toMatchObject({ tone: 'problem', link: { to: '/campaigns/c-6' } }))
    expect(useToastsStore.getState().toasts.at(-1)?.text).toMatch(/was created, but its emails and inboxes could not be copied: ColdSend had a problem\./)
  })
})
