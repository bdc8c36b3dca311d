// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { Lead } from '../../src/shared/contract/leads'
import { CampaignLeadsSection } from '../../src/renderer/src/screens/campaign/leads/CampaignLeadsSection'
import { addLeadIssues, EMPTY_LEAD } from '../../src/renderer/src/screens/campaign/leads/add-lead-form'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { useToastsStore } from '../../src/renderer/src/toasts/toasts-store'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList } from './helpers/fixtures'
import { describedBy, renderWithFacade } from './helpers/render'

/** One lead row as leads.list / leads.add return it. */
function lead(n: number, overrides: Partial<Lead> = {}): Lead {
  return {
    lead_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    email: `lead${n}@acme.example`,
    first_name: `First${n}`,
    last_name: null,
    company: 'Acme',
    status: 'PENDING',
    last_contacted_at: null,
    opened_at: null,
    replied_at: null,
    created_at: '2025-01-15T10:30:00Z',
    custom_fields: {},
    sequence_step: 0,
    ...overrides
  }
}

const validation = (issues: Array<{ path: string; msg: string }>): AppError => ({
  ...errorBase,
  operation: 'leads.add',
  status: 422,
  kind: 'validation',
  guidance: 'fix-fields',
  issues: issues.map((i) => ({ loc: ['body', ...i.path.split('.')], path: i.path, msg: i.msg, type: 'value_error', source: 'server' as const }))
})
const conflict: AppError = { ...errorBase, operation: 'leads.add', status: 409, kind: 'conflict', guidance: 'resolve-conflict', detail: 'Lead already exists in this campaign' }

afterEach(cleanup)
beforeEach(() => {
  useToastsStore.setState({ toasts: [], next: 1 })
  useProfilesStore.getState().reset()
  useProfilesStore.getState().apply(profileList([profile()]))
})

function renderSection(leads: Lead[]) {
  const fake = createFakeFacade({
    'leads.list': () => ({ ok: true, value: { leads, pagination: { page: 1, limit: 100, total: leads.length, pages: 1, has_next: false, has_prev: false } } })
  })
  renderWithFacade(createElement(CampaignLeadsSection, { campaignId: 'c1' }), fake.facade)
  return fake
}

const type = (label: string, value: string, scope: HTMLElement) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } })

async function openAddForm() {
  await act(async () => void fireEvent.click(screen.getAllByRole('button', { name: 'Add lead' })[0]!))
  return screen.getByRole('dialog', { name: 'Add lead' })
}

describe('where a refused leads.add lands', () => {
  it('maps custom_fields.<name> to that row’s value, keeps form paths, and puts a 409 on Email', () => {
    const values = { ...EMPTY_LEAD, email: 'ana@acme.example', custom_fields: [{ key: 'plan', value: 'x' }, { key: 'city', value: '' }] }
    expect(addLeadIssues(validation([{ path: 'custom_fields.city', msg: 'bad' }]), values)).toEqual([{ path: 'custom_fields.1.value', msg: 'bad' }])
    expect(addLeadIssues(validation([{ path: 'custom_fields.0.key', msg: 'too long' }]), values)).toEqual([{ path: 'custom_fields.0.key', msg: 'too long' }])
    expect(addLeadIssues(validation([{ path: 'custom_fields.gone', msg: 'bad' }]), values)).toEqual([{ path: 'custom_fields', msg: 'bad' }])
    expect(addLeadIssues(conflict, values)).toEqual([{ path: 'email', msg: 'ana@acme.example is already a lead of this campaign.' }])
    expect(addLeadIssues({ ...conflict, kind: 'server', guidance: 'retry-later' } as AppError, values)).toEqual([])
  })
})

describe('Add lead in the Leads section', () => {
  it('shows the empty state with both actions when the campaign has no leads', async () => {
    renderSection([])
    await screen.findByText('No leads yet')
    expect(screen.getAllByRole('button', { name: 'Upload CSV' }).length).toBe(2)
  })

  it('puts a 422 on the Email field and on the custom field row it names, keeping what was typed', async () => {
    const fake = renderSection([])
    await screen.findByText('No leads yet')
    fake.set('leads.add', () => ({ ok: false, error: validation([{ path: 'email', msg: 'value is not a valid email address' }, { path: 'custom_fields.city', msg: 'str type expected' }]) }))
    const dialog = await openAddForm()
    type('Email', 'ana@acme', dialog)
    type('Company', 'Acme', dialog)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add custom field' })))
    type('Custom field 1 name', 'city', dialog)
    type('Custom field 1 value', 'Zürich', dialog)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add lead' })))
    const email = within(dialog).getByLabelText('Email')
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'))
    expect(describedBy(email).map((e) => e.textContent)).toContain('value is not a valid email address')
    const city = within(dialog).getByLabelText('Custom field 1 value')
    expect(describedBy(city).map((e) => e.textContent)).toContain('str type expected')
    expect(document.activeElement).toBe(email)
    expect((within(dialog).getByLabelText('Company') as HTMLInputElement).value).toBe('Acme')
    const [input] = fake.spy('leads.add').mock.calls[0] as [Record<string, unknown>]
    expect(input).toEqual({ campaign_id: 'c1', email: 'ana@acme', first_name: null, last_name: null, company: 'Acme', custom_fields: { city: 'Zürich' } })
  })

  it('shows a duplicate (409) on the Email field', async () => {
    const fake = renderSection([])
    await screen.findByText('No leads yet')
    fake.set('leads.add', () => ({ ok: false, error: conflict }))
    const dialog = await openAddForm()
    type('Email', 'lead1@acme.example', dialog)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add lead' })))
    const email = within(dialog).getByLabelText('Email')
    await waitFor(() => expect(describedBy(email).map((e) => e.textContent)).toContain('lead1@acme.example is already a lead of this campaign.'))
  })

  it('checks locally first: no email, or a custom value without a name, sends nothing', async () => {
    const fake = renderSection([])
    await screen.findByText('No leads yet')
    const dialog = await openAddForm()
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add custom field' })))
    type('Custom field 1 value', 'orphan', dialog)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add lead' })))
    await waitFor(() => expect(within(dialog).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true'))
    expect(within(dialog).getByLabelText('Custom field 1 name').getAttribute('aria-invalid')).toBe('true')
    expect(fake.spy('leads.add')).not.toHaveBeenCalled()
  })

  it('on success closes the form, says so in a toast and reloads the list', async () => {
    const fake = renderSection([])
    await screen.findByText('No leads yet')
    const listCalls = fake.spy('leads.list').mock.calls.length
    fake.set('leads.add', () => ({ ok: true, value: lead(7, { email: 'new@acme.example' }) }))
    const dialog = await openAddForm()
    type('Email', 'new@acme.example', dialog)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Add lead' })))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add lead' })).toBeNull())
    expect(useToastsStore.getState().toasts.map((t) => t.text)).toEqual(['Lead new@acme.example added.'])
    await waitFor(() => expect(fake.spy('leads.list').mock.calls.length).toBeGreaterThan(listCalls))
  })
})
