// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Sender } from '../../src/shared/contract/senders'
import { AnalyticsScreen } from '../../src/renderer/src/screens/analytics/AnalyticsScreen'
import { CampaignAnalyticsSection } from '../../src/renderer/src/screens/analytics/campaign-detail/CampaignAnalyticsSection'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaignDetail, profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

vi.mock('../../src/renderer/src/screens/analytics/chart/UplotChart', () => import('./helpers/uplot-chart-stub'))

beforeEach(() => {
  localStorage.clear()
  useProfilesStore.getState().apply(profileList([profile()]))
})
afterEach(cleanup)

const ID = '11111111-1111-4111-8111-111111111111'
const stats = {
  workspace_kpis: { total_campaigns: 3, total_sends: 200, avg_open_rate: 0.374, avg_reply_rate: 0.101, avg_bounce_rate: 0.02 },
  campaigns: [{ campaign_id: ID, campaign_name: 'Spring outreach', status: 'PAUSED', total_leads: 31, total_sent: 9, total_opened: 4, total_replied: 0, total_bounced: 1, open_rate: 0.4444, reply_rate: 0, bounce_rate: 0.1, created_at: null }]
}

describe('a campaign’s analytics on its page', () => {
  it('sums the campaign up in one line with its bounce flag, and opens to the chart, the table and the detail’s own percentages', async () => {
    const fake = createFakeFacade({ 'analytics.campaigns': () => ({ ok: true, value: stats }) })
    const detail = campaignDetail({ completion_rate: 32.3, success_rate: 29, open_to_reply_rate: 0, variants: [{ variant_label: 'Control', distribution_percent: 50 }, { variant_label: 'Short', distribution_percent: 50 }] })
    const { container } = renderWithFacade(createElement(CampaignAnalyticsSection, { campaign: detail }), fake.facade)
    const summary = container.querySelector('summary')!
    await waitFor(() => expect(summary.textContent).toBe('Analytics Open 44.4 % · Reply 0.0 % · Bounce 10.0 % Danger'))
    expect(screen.queryByRole('img')).toBeNull()
    const details = container.querySelector('details')!
    details.open = true
    fireEvent(details, new Event('toggle'))
    const chart = await screen.findByRole('img')
    expect(chart.getAttribute('aria-label')).toBe('Bar chart: Open rate 44.4 % (workspace 37.4 %), Reply rate 0.0 % (workspace 10.1 %), Bounce rate 10.0 % (workspace 2.0 %).')
    // Percentages 0–100 from the campaign detail are shown as they are, not multiplied again.
    const facts = within(screen.getByLabelText('From the campaign detail'))
    expect(facts.getByText('32.3 %')).toBeTruthy()
    expect(facts.getByText('29.0 %')).toBeTruthy()
    expect(screen.queryByText('3230.0 %')).toBeNull()
    expect(screen.getByText('Variants: Control (50.0 % of leads), Short (50.0 % of leads).')).toBeTruthy()
    expect(screen.getByText(/Not available from the API: daily activity for one campaign .* and results per variant/)).toBeTruthy()
    const table = within(screen.getByRole('table'))
    expect(within(table.getByRole('row', { name: /^Bounced/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '10.0 % Danger', '2.0 %'])
  })

  it('says when the campaign is not in the analytics yet', async () => {
    const fake = createFakeFacade({ 'analytics.campaigns': () => ({ ok: true, value: { ...stats, campaigns: [] } }) })
    const { container } = renderWithFacade(createElement(CampaignAnalyticsSection, { campaign: campaignDetail() }), fake.facade)
    await waitFor(() => expect(container.querySelector('summary')!.textContent).toBe('Analytics Not in the analytics yet'))
  })
})

describe('the inbox view', () => {
  const inbox = (n: number, over: Record<string, unknown>): Sender => ({ inbox_id: `i${n}`, email_address: `s${n}@example.com`, daily_limit: 50, overall_status: 'ACTIVE', health: { smtp_ok: true, imap_ok: true }, ...over }) as Sender
  it('lists each inbox’s sends today against its limit, its status and its health', async () => {
    const rows = [inbox(1, { sent_today: 12 }), inbox(2, { overall_status: 'PAUSED', health: { smtp_ok: false, imap_ok: true, last_error: 'SMTP: auth failed' } })]
    const fake = createFakeFacade({ 'senders.list': () => ({ ok: true, value: { sender_accounts: rows } }) })
    renderWithFacade(createElement(AnalyticsScreen), fake.facade, { route: '/analytics/inboxes', path: '/analytics/:section?' })
    const first = await screen.findByRole('row', { name: /s1@example.com/ })
    expect(within(first).getByText('12 of 50')).toBeTruthy()
    expect(within(first).getByRole('meter', { name: 's1@example.com: 12 of 50' })).toBeTruthy()
    const second = screen.getByRole('row', { name: /s2@example.com/ })
    expect(within(second).getByText('Paused')).toBeTruthy()
    expect(within(second).getByText('Not reported (limit 50)')).toBeTruthy()
    expect(within(second).getByText('SMTP failing: SMTP: auth failed')).toBeTruthy()
    expect(screen.getByText(/sent of/).textContent).toBe('Today: 12 sent of 50 daily capacity across 1 reporting inbox.')
    expect(fake.spy('senders.list').mock.calls[0]?.[0]).toEqual({ page: 1, limit: 100 })
  })
})
