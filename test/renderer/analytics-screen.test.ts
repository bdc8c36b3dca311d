// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnalyticsCampaignsOutput, TimelineDay } from '../../src/shared/contract/analytics'
import type { AppError } from '../../src/shared/contract/app-error'
import { AnalyticsScreen } from '../../src/renderer/src/screens/analytics/AnalyticsScreen'
import { presetRange } from '../../src/renderer/src/screens/analytics/timeline/date-range'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList } from './helpers/fixtures'
import { currentLocation, describedBy, renderWithFacade } from './helpers/render'

// uPlot needs a real canvas (jsdom has none): the chart component is replaced by its label; Chromium draws it in the e2e.
vi.mock('../../src/renderer/src/screens/analytics/chart/UplotChart', () => import('./helpers/uplot-chart-stub'))

beforeEach(() => {
  localStorage.clear()
  useProfilesStore.getState().apply(profileList([profile()]))
})
afterEach(cleanup)

const row = (id: string, name: string, sent: number, bounced: number, bounce_rate: number) => ({
  campaign_id: id, campaign_name: name, status: 'ACTIVE', total_leads: 40, total_sent: sent, total_opened: 9, total_replied: 2, total_bounced: bounced,
  open_rate: 9 / sent, reply_rate: 2 / sent, bounce_rate, created_at: '2026-11-01T10:00:00Z'
})
const CAMPAIGNS: AnalyticsCampaignsOutput = {
  workspace_kpis: { total_campaigns: 2, total_sends: 1234, avg_open_rate: 0.3769, avg_reply_rate: 0.1005, avg_bounce_rate: 0.0149 },
  campaigns: [
    row('c1', 'Quiet campaign', 30, 0, 0),
    row('c2', 'Bouncy campaign', 9, 1, 0.1),
    { ...row('c3', 'Draft campaign', 0, 0, 0), status: 'DRAFT', total_opened: 0, total_replied: 0, open_rate: 0, reply_rate: 0 }
  ]
}
const day = (date: string, sent: number): TimelineDay => ({ date, sent, opened: 1, replied: 0, bounced: 0 })
const timeline = (days: TimelineDay[]) => ({ ok: true as const, value: { from_date: days[0]?.date ?? null, to_date: days.at(-1)?.date ?? null, timeline: days } })

function facade(days: TimelineDay[] = [day('2026-09-04', 3), day('2026-09-05', 5)]) {
  return createFakeFacade({ 'analytics.campaigns': () => ({ ok: true, value: CAMPAIGNS }), 'analytics.timeline': () => timeline(days) })
}
const open = (fake = facade(), route = '/analytics') => renderWithFacade(createElement(AnalyticsScreen), fake.facade, { route, path: '/analytics/:section?' })

describe('Analytics dashboard', () => {
  it('shows the workspace KPIs as percentages, the API’s default range in the fields, the chart summary and its table', async () => {
    const fake = facade()
    open(fake)
    const totals = within(await screen.findByLabelText('Workspace totals', { selector: 'dl' }))
    expect(totals.getByText('1,234')).toBeTruthy()
    expect(totals.getByText('37.7 %')).toBeTruthy()
    expect(totals.getByText('10.1 %')).toBeTruthy()
    expect(fake.spy('analytics.timeline').mock.calls[0]?.[0]).toEqual({})
    await waitFor(() => expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-09-04'))
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-09-05')
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/\(2 days\): Sent 8, Opened 2, Replied 0, Bounced 0\./)
    const table = screen.getAllByRole('table').find((t) => t.querySelector('caption'))!
    expect(within(table).getAllByRole('row')).toHaveLength(3)
  })

  it('says “No sends in this range” instead of drawing an empty chart', async () => {
    open(facade([{ ...day('2026-09-04', 0), opened: 0 }, { ...day('2026-09-05', 0), opened: 0 }]))
    expect(await screen.findByText('No sends in this range')).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('a preset asks the API for that range and writes it into the address', async () => {
    const fake = facade()
    open(fake)
    fireEvent.click(await screen.findByRole('button', { name: 'Last 7 days' }))
    const want = presetRange(7, Date.now())
    await waitFor(() => expect(fake.spy('analytics.timeline').mock.calls.at(-1)?.[0]).toEqual({ from_date: want.from, to_date: want.to }))
    expect(currentLocation.search).toBe(`?from=${want.from}&to=${want.to}`)
  })

  it('refuses To before From on the field, keeps what was typed, and asks the API nothing', async () => {
    const fake = facade()
    open(fake)
    const from = (await screen.findByLabelText('From')) as HTMLInputElement
    await waitFor(() => expect(from.value).toBe('2026-09-04'))
    const calls = fake.spy('analytics.timeline').mock.calls.length
    fireEvent.change(from, { target: { value: '2026-03-10' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-01' } })
    fireEvent.click(screen.getByRole('button', { name: 'Apply range' }))
    const to = screen.getByLabelText('To')
    expect(to.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(to).map((e) => e.textContent)).toEqual(['To must be on or after From.'])
    expect(from.value).toBe('2026-03-10')
    expect(fake.spy('analytics.timeline').mock.calls.length).toBe(calls)
  })

  it('puts an API 422 about from_date on the From field instead of a page error', async () => {
    const fake = facade()
    fake.set('analytics.timeline', () => ({
      ok: false,
      error: { ...errorBase, status: 422, kind: 'validation', guidance: 'fix-request', issues: [{ loc: ['query', 'from_date'], path: 'from_date', msg: 'invalid date format', type: 'value_error.date', source: 'server' }] } as AppError
    }))
    open(fake, '/analytics?from=2026-01-01&to=2026-01-31')
    const from = await screen.findByLabelText('From')
    await waitFor(() => expect(describedBy(from).map((e) => e.textContent)).toEqual(['invalid date format']))
    expect((from as HTMLInputElement).value).toBe('2026-01-01')
  })

  it('series toggles are checkboxes kept in the address', async () => {
    open(facade())
    const bounced = (await screen.findByRole('checkbox', { name: 'Bounced' })) as HTMLInputElement
    fireEvent.click(bounced)
    await waitFor(() => expect(currentLocation.search).toBe('?hide=bounced'))
    expect(bounced.checked).toBe(false)
    expect((screen.getByRole('checkbox', { name: 'Sent' }) as HTMLInputElement).checked).toBe(true)
  })

  it('sorts the campaign table from its headers (aria-sort) and flags a bounce rate over 5 % as Danger', async () => {
    open(facade())
    const table = (await screen.findByRole('columnheader', { name: /Bounce rate/ })).closest('table')!
    fireEvent.click(within(table).getByRole('button', { name: /Bounce rate/ }))
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Bounce rate/ }).getAttribute('aria-sort')).toBe('descending'))
    const first = within(table).getAllByRole('row')[1]!
    expect(within(first).getByRole('rowheader').textContent).toBe('Bouncy campaign')
    expect(within(first).getByText('Danger')).toBeTruthy()
    expect(within(first).getByText('1 of 10 bounced')).toBeTruthy()
    expect(currentLocation.search).toBe('?sort=bounce_rate&dir=desc')
  })

  it('gives a campaign that has sent nothing no rates (an en dash, "nothing sent yet"), not 0.0 %', async () => {
    open(facade())
    const draft = (await screen.findByRole('rowheader', { name: 'Draft campaign' })).closest('tr')!
    expect(within(draft).getAllByText('nothing sent yet')).toHaveLength(3)
    expect(within(draft).queryByText('0.0 %')).toBeNull()
    const quiet = screen.getByRole('rowheader', { name: 'Quiet campaign' }).closest('tr')!
    expect(within(quiet).getByText('9 of 30 opened')).toBeTruthy()
    expect(within(quiet).getByText('0.0 %')).toBeTruthy()
  })

  it('with the API unreachable, shows the last saved analytics marked Offline with their time', async () => {
    localStorage.setItem(`coldsend.analytics.v1:${profile().id}:analytics.campaigns`, JSON.stringify({ input: '{}', savedAt: Date.now() - 5 * 60_000, data: CAMPAIGNS }))
    const offline: AppError = { ...errorBase, kind: 'network', mayHaveApplied: false, guidance: 'check-network', message: 'No connection.' } as AppError
    const fake = createFakeFacade({ 'analytics.campaigns': () => ({ ok: false, error: offline }), 'analytics.timeline': () => ({ ok: false, error: offline }) })
    open(fake)
    expect(within(await screen.findByLabelText('Workspace totals', { selector: 'dl' })).getByText('1,234')).toBeTruthy()
    await waitFor(() => expect(screen.getAllByText(/^Offline — showing data from \d\d:\d\d\.$/).length).toBeGreaterThan(0))
    expect(screen.getByText('Bouncy campaign')).toBeTruthy()
  })

  it('ignores a saved copy that is torn or tampered (not the shape the API answers), and says it cannot load', async () => {
    localStorage.setItem(`coldsend.analytics.v1:${profile().id}:analytics.campaigns`, JSON.stringify({ input: '{}', savedAt: Date.now(), data: { workspace_kpis: 'x', campaigns: 'not a list' } }))
    const offline: AppError = { ...errorBase, kind: 'network', mayHaveApplied: false, guidance: 'check-network', message: 'No connection.' } as AppError
    const fake = createFakeFacade({ 'analytics.campaigns': () => ({ ok: false, error: offline }), 'analytics.timeline': () => ({ ok: false, error: offline }) })
    open(fake)
    await waitFor(() => expect(fake.spy('analytics.campaigns')).toHaveBeenCalled())
    expect((await screen.findAllByRole('alert')).length).toBeGreaterThan(0)
    expect(screen.queryByText('not a list')).toBeNull()
    expect(screen.getByRole('heading', { name: 'Analytics', level: 1 })).toBeTruthy()
  })
})
