// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Lead, LeadListInput } from '../../src/shared/contract/leads'
import { CampaignLeadsSection } from '../../src/renderer/src/screens/campaign/leads/CampaignLeadsSection'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'
import { installScrollLayout } from './helpers/scroll-layout'

// A 480 px viewport (about 11 rows under the header) over 20,000 rows of 40 px.
installScrollLayout(40 * 20_000 + 36)
afterEach(cleanup)
beforeEach(() => {
  useProfilesStore.getState().reset()
  useProfilesStore.getState().apply(profileList([profile()]))
})

const lead = (i: number): Lead => ({
  lead_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  email: `lead${i}@acme.example`,
  first_name: `First${i}`,
  last_name: null,
  company: null,
  status: 'PENDING',
  last_contacted_at: null,
  opened_at: null,
  replied_at: null,
  created_at: null,
  custom_fields: {},
  sequence_step: 0
})

/** A campaign of `total` leads, paged like the API. */
function renderList(total: number) {
  const fake = createFakeFacade({
    'leads.list': (input: LeadListInput) => {
      const page = input.page ?? 1
      const limit = input.limit ?? 20
      const count = input.status === 'REPLIED' ? 0 : total
      const rows = Array.from({ length: Math.max(0, Math.min(limit, count - (page - 1) * limit)) }, (_, i) => lead((page - 1) * limit + i))
      return { ok: true, value: { leads: rows, pagination: { page, limit, total: count, pages: Math.ceil(count / limit), has_next: page * limit < count, has_prev: page > 1 } } }
    },
    'leads.get': (input) => ({ ok: true, value: { ...lead(Number(input.lead_id.slice(-12))), delivery_status: null, email_interactions: [], replies: [] } })
  })
  renderWithFacade(createElement(CampaignLeadsSection, { campaignId: 'c1' }), fake.facade)
  return fake
}

const pagesAsked = (fake: ReturnType<typeof createFakeFacade>) => fake.spy('leads.list').mock.calls.map(([input]) => (input as LeadListInput).page)

describe('the virtualised lead list', () => {
  it('renders only the rows in view of 20,000, with their real positions, from page 1 alone', async () => {
    const fake = renderList(20_000)
    const grid = await screen.findByRole('grid', { name: 'Leads' })
    expect(grid.getAttribute('aria-rowcount')).toBe('20001')
    await screen.findByRole('row', { name: /lead0@acme\.example/ })
    const rows = within(grid).getAllByRole('row')
    expect(rows.length).toBeLessThan(40)
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2')
    expect(screen.getByText('20,000 leads')).toBeTruthy()
    expect(pagesAsked(fake)).toEqual([1])
    const [input] = fake.spy('leads.list').mock.calls[0] as [LeadListInput]
    expect(input).toEqual({ campaign_id: 'c1', page: 1, limit: 100 })
  })

  it('End jumps to the last lead: a placeholder first, then only the last page is fetched', async () => {
    const fake = renderList(20_000)
    const grid = await screen.findByRole('grid', { name: 'Leads' })
    await screen.findByRole('row', { name: /lead0@acme\.example/ })
    await act(async () => void fireEvent.keyDown(grid, { key: 'End' }))
    await waitFor(() => expect(within(grid).getAllByText('Loading…').length).toBeGreaterThan(0))
    const last = await screen.findByRole('row', { name: /lead19999@acme\.example/ })
    expect(last.getAttribute('aria-rowindex')).toBe('20001')
    expect(grid.getAttribute('aria-activedescendant')).toBe(last.id)
    expect(pagesAsked(fake)).toEqual([1, 200])
  })

  it('arrow keys move the highlight and Enter opens that lead’s detail', async () => {
    renderList(300)
    const grid = await screen.findByRole('grid', { name: 'Leads' })
    await screen.findByRole('row', { name: /lead0@acme\.example/ })
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) await act(async () => void fireEvent.keyDown(grid, { key }))
    const second = screen.getByRole('row', { name: /lead1@acme\.example/ })
    expect(grid.getAttribute('aria-activedescendant')).toBe(second.id)
    expect(second.getAttribute('aria-selected')).toBe('true')
    await act(async () => void fireEvent.keyDown(grid, { key: 'Enter' }))
    expect(screen.getByRole('dialog', { name: 'lead1@acme.example' })).toBeTruthy()
  })

  it('filters by status and by a debounced search, and says when nothing matches', async () => {
    const fake = renderList(300)
    await screen.findByRole('row', { name: /lead0@acme\.example/ })
    await act(async () => void fireEvent.change(screen.getByLabelText('Lead status'), { target: { value: 'REPLIED' } }))
    await screen.findByText('No leads match these filters.')
    expect(fake.spy('leads.list').mock.calls.at(-1)![0]).toMatchObject({ status: 'REPLIED', page: 1 })
    await act(async () => void fireEvent.change(screen.getByLabelText('Lead status'), { target: { value: '' } }))
    const before = fake.spy('leads.list').mock.calls.length
    for (const text of ['a', 'ac', 'acm']) await act(async () => void fireEvent.change(screen.getByLabelText('Search leads'), { target: { value: text } }))
    await waitFor(() => expect(fake.spy('leads.list').mock.calls.at(-1)![0]).toMatchObject({ search: 'acm' }))
    expect(fake.spy('leads.list').mock.calls.slice(before).filter(([i]) => (i as LeadListInput).search !== undefined)).toHaveLength(1)
  })
})
