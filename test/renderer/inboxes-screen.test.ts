// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { Sender } from '../../src/shared/contract/senders'
import { InboxesScreen } from '../../src/renderer/src/screens/inboxes/InboxesScreen'
import { InboxScreen } from '../../src/renderer/src/screens/inboxes/InboxScreen'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaign, campaignDetail, campaignPage, errorBase, profile, profileList } from './helpers/fixtures'
import { currentLocation, renderWithFacade } from './helpers/render'

beforeEach(() => {
  useToastsStore.setState({ toasts: [] })
  useProfilesStore.getState().apply(profileList([profile()]))
})
afterEach(cleanup)

const inbox = (n: number, over: Partial<Sender> = {}): Sender => ({
  inbox_id: `00000000-0000-4000-8000-00000000000${n}`,
  email_address: `sender${n}@example.com`,
  display_name: `Sender ${n}`,
  inbox_type: 'CUSTOM_SMTP',
  daily_limit: 50,
  overall_status: 'ACTIVE',
  created_at: '2026-01-05T10:00:00Z',
  health: { smtp_ok: true, imap_ok: true, last_error: null },
  ...over
})
const page = (rows: Sender[]) => ({ ok: true as const, value: { sender_accounts: rows, pagination: { page: 1, limit: 100, total: rows.length, pages: 1, has_next: false, has_prev: false } } })

async function openMenu(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Actions for ${name}` }))
  return screen.findByRole('menu', { name: `Actions for ${name}` })
}

describe('Inboxes list', () => {
  it('shows type, status, health and created; filters go to the API and into the address', async () => {
    const fake = createFakeFacade({ 'senders.list': () => page([inbox(1), inbox(2, { overall_status: 'PAUSED', health: { smtp_ok: false, imap_ok: true, last_error: 'SMTP: auth failed' } })]) })
    renderWithFacade(createElement(InboxesScreen), fake.facade, { route: '/inboxes' })
    const row = await screen.findByRole('row', { name: /sender2@example.com/ })
    expect(within(row).getByText('Paused')).toBeTruthy()
    expect(within(row).getByText('SMTP failing: SMTP: auth failed')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'PAUSED' } })
    await waitFor(() => expect(fake.spy('senders.list').mock.calls.at(-1)?.[0]).toEqual({ page: 1, limit: 100, status: 'PAUSED' }))
    expect(currentLocation.search).toBe('?status=PAUSED')
    fireEvent.change(screen.getByLabelText('Search inboxes'), { target: { value: 'sales' } })
    await waitFor(() => expect(fake.spy('senders.list').mock.calls.at(-1)?.[0]).toEqual({ page: 1, limit: 100, status: 'PAUSED', search: 'sales' }))
  })

  it('pauses an active inbox from its row menu and resumes a paused one', async () => {
    const fake = createFakeFacade({
      'senders.list': () => page([inbox(1), inbox(2, { overall_status: 'PAUSED' })]),
      'senders.pause': () => ({ ok: true, value: { overall_status: 'PAUSED' } }),
      'senders.resume': () => ({ ok: true, value: { overall_status: 'ACTIVE' } })
    })
    renderWithFacade(createElement(InboxesScreen), fake.facade, { route: '/inboxes' })
    fireEvent.click(within(await openMenu('sender1@example.com')).getByRole('menuitem', { name: 'Pause' }))
    await waitFor(() => expect(fake.spy('senders.pause').mock.calls[0]?.[0]).toEqual({ inbox_id: inbox(1).inbox_id }))
    fireEvent.click(within(await openMenu('sender2@example.com')).getByRole('menuitem', { name: 'Resume' }))
    await waitFor(() => expect(fake.spy('senders.resume').mock.calls[0]?.[0]).toEqual({ inbox_id: inbox(2).inbox_id }))
  })

  it('delete asks first, and a refusal because campaigns use the inbox names them', async () => {
    const inUse: AppError = {
      ...errorBase,
      operation: 'senders.delete',
      status: 400,
      kind: 'business',
      code: 'inbox_in_use',
      detail: 'in use',
      campaigns: ['Spring outreach', 'Q3 buyers'],
      count: 2,
      guidance: 'unassign-inbox'
    }
    const fake = createFakeFacade({ 'senders.list': () => page([inbox(1)]), 'senders.delete': () => ({ ok: false, error: inUse }) })
    renderWithFacade(createElement(InboxesScreen), fake.facade, { route: '/inboxes' })
    fireEvent.click(within(await openMenu('sender1@example.com')).getByRole('menuitem', { name: 'Delete…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete sender1@example.com?' })
    expect(fake.spy('senders.delete')).not.toHaveBeenCalled()
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete inbox' })))
    expect(await within(dialog).findByText('Spring outreach')).toBeTruthy()
    expect(within(dialog).getByText('Q3 buyers')).toBeTruthy()
  })

  it('Send test email checks the address before sending, then sends it', async () => {
    const fake = createFakeFacade({ 'senders.list': () => page([inbox(1)]), 'senders.testEmail': () => ({ ok: true, value: {} }) })
    renderWithFacade(createElement(InboxesScreen), fake.facade, { route: '/inboxes' })
    fireEvent.click(within(await openMenu('sender1@example.com')).getByRole('menuitem', { name: 'Send test email…' }))
    const dialog = screen.getByRole('dialog', { name: 'Send a test email from sender1@example.com' })
    fireEvent.change(within(dialog).getByLabelText('Send to'), { target: { value: 'not-an-address' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send test email' }))
    expect(within(dialog).getByLabelText('Send to').getAttribute('aria-invalid')).toBe('true')
    expect(fake.spy('senders.testEmail')).not.toHaveBeenCalled()
    fireEvent.change(within(dialog).getByLabelText('Send to'), { target: { value: 'me@example.org' } })
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Send test email' })))
    expect(fake.spy('senders.testEmail').mock.calls[0]?.[0]).toEqual({ inbox_id: inbox(1).inbox_id, recipient_email: 'me@example.org' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })
})

describe('Inbox page', () => {
  it('shows its settings (no credentials) and the campaigns that send from it', async () => {
    const using = campaignDetail({ campaign_id: 'c1', name: 'Spring outreach', status: 'ACTIVE', inboxes: [{ inbox_id: inbox(1).inbox_id }] })
    const fake = createFakeFacade({
      'senders.get': () => ({ ok: true, value: inbox(1, { smtp_host: 'smtp.example.com', smtp_port: 587, smtp_use_tls: true, imap_host: 'imap.example.com', imap_port: 993, imap_use_ssl: true }) }),
      'campaigns.list': () => ({ ok: true, value: campaignPage([campaign(1, { campaign_id: 'c1', name: 'Spring outreach', status: 'ACTIVE' }), campaign(2, { campaign_id: 'c2' })]) }),
      'campaigns.get': (input) => ({ ok: true, value: input.campaign_id === 'c1' ? using : campaignDetail({ campaign_id: 'c2', name: 'Other one' }) })
    })
    renderWithFacade(createElement(InboxScreen), fake.facade, { route: `/inboxes/${inbox(1).inbox_id}`, path: '/inboxes/:id' })
    expect(await screen.findByRole('heading', { level: 1, name: 'sender1@example.com' })).toBeTruthy()
    expect(screen.getByText('smtp.example.com:587 · STARTTLS')).toBeTruthy()
    expect(screen.getByText('imap.example.com:993 · SSL/TLS')).toBeTruthy()
    const section = screen.getByRole('region', { name: 'Campaigns using this inbox' })
    expect(await within(section).findByRole('link', { name: 'Spring outreach' })).toBeTruthy()
    expect(within(section).queryByText('Other one')).toBeNull()
  })
})
