// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { Lead, LeadDetail } from '../../src/shared/contract/leads'
import { LeadDetailDialog } from '../../src/renderer/src/screens/campaign/leads/LeadDetailDialog'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

const LEAD: Lead = {
  lead_id: '00000000-0000-4000-8000-000000000001',
  email: 'ana@acme.example',
  first_name: 'Ana',
  last_name: 'Lima',
  company: 'Acme',
  status: 'PENDING',
  last_contacted_at: null,
  opened_at: null,
  replied_at: null,
  created_at: '2025-01-15T10:30:00Z',
  custom_fields: { city: 'Porto' },
  sequence_step: 0
}

const detailOf = (lead: Lead, extra: Partial<LeadDetail> = {}): LeadDetail => ({ ...lead, delivery_status: null, email_interactions: [], replies: [], ...extra })

afterEach(cleanup)
beforeEach(() => {
  useProfilesStore.getState().reset()
  useProfilesStore.getState().apply(profileList([profile()]))
})

function renderDetail(lead: Lead, detail: LeadDetail = detailOf(lead)) {
  const fake = createFakeFacade({ 'leads.get': () => ({ ok: true, value: detail }) })
  const onDeleted = vi.fn()
  const view = renderWithFacade(createElement(LeadDetailDialog, { campaignId: 'c1', lead, onClose: () => undefined, onDeleted }), fake.facade)
  return { fake, onDeleted, view, dialog: screen.getByRole('dialog', { name: lead.email }) }
}

describe('lead detail', () => {
  it('is titled with the email and shows fields, custom fields as merge fields, and the email history with replies', async () => {
    const sent = { ...LEAD, status: 'REPLIED', sequence_step: 2 }
    const { dialog } = renderDetail(
      sent,
      detailOf(sent, {
        email_interactions: [
          { email_id: 'e1', sequence_step: 1, subject: 'Hello Ana', sent_at: '2025-01-16T09:00:00Z', opened_at: null, replied_at: null, inbox_email: 'me@out.example', bounced: false },
          { email_id: 'e2', sequence_step: 2, subject: 'Re: Hello Ana', sent_at: '2025-01-19T09:00:00Z', opened_at: '2025-01-19T10:00:00Z', replied_at: '2025-01-19T11:00:00Z', inbox_email: 'me@out.example', bounced: false }
        ],
        replies: [{ reply_id: 'r1', subject: 'Re: Hello Ana', received_at: '2025-01-19T11:00:00Z', body_preview: 'Happy to chat.', is_auto_reply: false }]
      })
    )
    expect(within(dialog).getByText('{{city}}')).toBeTruthy()
    expect(within(dialog).getByText('Porto')).toBeTruthy()
    const history = await within(dialog).findByRole('table')
    const rows = within(history).getAllByRole('row')
    expect(rows).toHaveLength(3)
    expect(rows[2]!.textContent).toContain('Re: Hello Ana')
    expect(rows[2]!.textContent).toContain('me@out.example')
    expect(within(dialog).getByText('Happy to chat.')).toBeTruthy()
  })

  it('offers no delete for a lead that is not PENDING, and says why', async () => {
    const { dialog } = renderDetail({ ...LEAD, status: 'SENT' })
    const button = within(dialog).getByRole('button', { name: 'Delete lead' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toMatch(/Only PENDING leads .* can be deleted; this one is SENT/)
  })
})

describe('deleting a PENDING lead', () => {
  it('asks first, naming the address; Cancel sends nothing', async () => {
    const { fake, dialog } = renderDetail(LEAD)
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete lead' })))
    const confirm = within(dialog).getByRole('group', { name: 'Confirm deletion of ana@acme.example' })
    expect(confirm.textContent).toContain('Delete lead ana@acme.example?')
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }))
    await act(async () => void fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' })))
    expect(within(dialog).queryByRole('group', { name: /Confirm deletion/ })).toBeNull()
    expect(fake.spy('leads.delete')).not.toHaveBeenCalled()
  })

  it('deletes on Delete, then refreshes the lead list and the campaign counts', async () => {
    const { fake, dialog, onDeleted, view } = renderDetail(LEAD)
    fake.set('leads.delete', () => ({ ok: true, value: { lead_id: LEAD.lead_id, deleted: true } }))
    const invalidate = vi.spyOn(view.queryClient, 'invalidateQueries')
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete lead' })))
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete', exact: true } as never)))
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1))
    expect(fake.spy('leads.delete').mock.calls[0]![0]).toEqual({ campaign_id: 'c1', lead_id: LEAD.lead_id })
    const stale = invalidate.mock.calls.map(([filters]) => (filters?.queryKey as unknown[])[2])
    expect(stale).toEqual(expect.arrayContaining(['leads.list', 'leads.stats', 'campaigns.get', 'campaigns.list']))
  })

  it('keeps the lead and explains when the server refuses (no longer PENDING)', async () => {
    const refused: AppError = { ...errorBase, operation: 'leads.delete', status: 400, kind: 'business', code: 'delete_not_allowed', detail: 'Only PENDING leads can be deleted', guidance: 'lead-not-deletable' }
    const { fake, dialog, onDeleted } = renderDetail(LEAD)
    fake.set('leads.delete', () => ({ ok: false, error: refused }))
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete lead' })))
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Delete', exact: true } as never)))
    await within(dialog).findByText('ColdSend refused the request')
    expect(within(dialog).getByText('Only PENDING leads (not contacted yet) can be deleted.')).toBeTruthy()
    expect(onDeleted).not.toHaveBeenCalled()
  })
})
