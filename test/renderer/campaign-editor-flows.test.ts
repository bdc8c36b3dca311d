// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppError } from '../../src/shared/contract/app-error'
import type { CampaignDetail } from '../../src/shared/contract/campaigns'
import { CampaignEditor } from '../../src/renderer/src/screens/campaign/editor/CampaignEditor'
import { pauseApplyResume, type FlowStepId, type FlowStepState } from '../../src/renderer/src/screens/campaign/editor/pause-apply-resume'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import { createFakeFacade } from './helpers/fake-facade'
import { campaignDetail, errorBase, profile, profileList } from './helpers/fixtures'
import { renderWithFacade } from './helpers/render'

afterEach(cleanup)
beforeEach(() => {
  localStorage.clear()
  useProfilesStore.getState().apply(profileList([profile()]))
})

const detail: CampaignDetail = campaignDetail({
  timezone: 'UTC',
  variants: [
    { variant_name: 'A', subject_template: 'Hi', email_content: 'Hello there, friend.', distribution_percent: 50, variant_label: null },
    { variant_name: 'B', subject_template: 'Hey', email_content: 'Hello again, friend.', distribution_percent: 50, variant_label: null }
  ]
})

const ok = <T,>(value: T) => ({ ok: true as const, value })
const fail = (error: AppError) => ({ ok: false as const, error })
const business = (code: 'campaign_not_modifiable' | 'variant_distribution_mismatch' | 'invalid_state', extra: object = {}): AppError => ({
  ...errorBase,
  operation: 'campaigns.update',
  status: 400,
  kind: 'business',
  code,
  detail: 'refused',
  guidance: 'fix-distribution',
  ...extra
})

function editorFacade() {
  return createFakeFacade({
    'senders.list': () => ok({ sender_accounts: [], pagination: undefined }),
    'leads.list': () => ok({ leads: [] }),
    'campaigns.update': (input) => ok({ campaign_id: input.campaign_id, status: 'DRAFT', missing_requirements: ['leads'], updated_at: null })
  })
}

describe('pause, apply and resume', () => {
  const steps = () => {
    const seen: Array<[FlowStepId, FlowStepState]> = []
    return { seen, on: (id: FlowStepId, state: FlowStepState) => seen.push([id, state]) }
  }

  it('pauses, saves, resumes and reports each step', async () => {
    const fake = createFakeFacade({
      'campaigns.pause': () => ok({ status: 'PAUSED' }),
      'campaigns.update': (input) => ok({ campaign_id: input.campaign_id, status: 'PAUSED', missing_requirements: [], updated_at: null }),
      'campaigns.activate': () => ok({ status: 'ACTIVE' })
    })
    const s = steps()
    const outcome = await pauseApplyResume(fake.facade, detail.campaign_id, { name: 'New name here' }, s.on)
    expect(outcome.ok).toBe(true)
    expect(s.seen.filter(([, state]) => state === 'done').map(([id]) => id)).toEqual(['pause', 'apply', 'resume'])
    expect(fake.spy('campaigns.update').mock.calls[0]?.[0]).toEqual({ campaign_id: detail.campaign_id, name: 'New name here' })
  })

  it('a failed save leaves the campaign PAUSED without the changes and does not resume', async () => {
    const refusal: AppError = { ...errorBase, kind: 'validation', issues: [], guidance: 'fix-fields' }
    const fake = createFakeFacade({ 'campaigns.pause': () => ok({ status: 'PAUSED' }), 'campaigns.update': () => fail(refusal) })
    const outcome = await pauseApplyResume(fake.facade, detail.campaign_id, { name: 'x' }, steps().on)
    expect(outcome).toMatchObject({ ok: false, failedAt: 'apply', leftIn: 'PAUSED', changesSaved: false })
    expect(fake.spy('campaigns.activate')).not.toHaveBeenCalled()
  })

  it('a refused pause of a campaign someone already paused goes on; a refused pause of an ACTIVE one stops', async () => {
    const fake = createFakeFacade({
      'campaigns.pause': () => fail(business('invalid_state')),
      'campaigns.get': () => ok({ ...detail, status: 'PAUSED' }),
      'campaigns.update': (input) => ok({ campaign_id: input.campaign_id, status: 'PAUSED', missing_requirements: [], updated_at: null }),
      'campaigns.activate': () => ok({ status: 'ACTIVE' })
    })
    expect((await pauseApplyResume(fake.facade, detail.campaign_id, {}, steps().on)).ok).toBe(true)
    fake.set('campaigns.get', () => ok({ ...detail, status: 'ACTIVE' }))
    expect(await pauseApplyResume(fake.facade, detail.campaign_id, {}, steps().on)).toMatchObject({ ok: false, failedAt: 'pause', leftIn: 'ACTIVE' })
  })

  it('falls back to /resume when /activate is unknown, and a failed resume says the changes are saved', async () => {
    const notFound: AppError = { ...errorBase, status: 404, kind: 'not_found', guidance: 'pick-existing-resource' }
    const fake = createFakeFacade({
      'campaigns.pause': () => ok({}),
      'campaigns.update': (input) => ok({ campaign_id: input.campaign_id, status: 'PAUSED', missing_requirements: [], updated_at: null }),
      'campaigns.activate': () => fail(notFound),
      'campaigns.resume': () => ok({ status: 'ACTIVE' })
    })
    expect((await pauseApplyResume(fake.facade, detail.campaign_id, {}, steps().on)).ok).toBe(true)
    fake.set('campaigns.resume', () => fail({ ...errorBase, status: 500, kind: 'server', guidance: 'retry-later' }))
    expect(await pauseApplyResume(fake.facade, detail.campaign_id, {}, steps().on)).toMatchObject({ ok: false, failedAt: 'resume', leftIn: 'PAUSED', changesSaved: true })
  })
})

describe('the editor’s answers to a refused save', () => {
  const renderEditor = (fake = editorFacade(), campaign: CampaignDetail = detail) =>
    renderWithFacade(createElement(CampaignEditor, { campaign, profileId: 'p1' }), fake.facade)

  it('sends only the changed field, keeps the draft across a remount, and clears it once saved', async () => {
    const fake = editorFacade()
    const first = renderEditor(fake)
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Spring outreach 2026' } })
    await waitFor(() => expect(localStorage.length).toBe(1))
    first.unmount()
    renderEditor(fake)
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Spring outreach 2026')
    expect(screen.getByText(/Restored your unsaved changes/)).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })))
    expect(fake.spy('campaigns.update').mock.calls[0]?.[0]).toEqual({ campaign_id: detail.campaign_id, name: 'Spring outreach 2026' })
    await waitFor(() => expect(localStorage.length).toBe(0))
  })

  it('a distribution refusal marks the shares and Balance evenly fixes them', async () => {
    const fake = editorFacade()
    fake.set('campaigns.update', () => fail(business('variant_distribution_mismatch', { total: 90 })))
    renderEditor(fake)
    const group = screen.getByRole('group', { name: 'First email variants' })
    const shares = within(group).getAllByLabelText('Distribution %') as HTMLInputElement[]
    fireEvent.change(shares[0]!, { target: { value: '40' } })
    fireEvent.change(shares[1]!, { target: { value: '60' } })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })))
    await waitFor(() => expect(shares.every((s) => s.getAttribute('aria-invalid') === 'true')).toBe(true))
    expect(screen.getAllByText(/ColdSend refused the distribution/).length).toBe(2)
    fireEvent.click(within(group).getByRole('button', { name: 'Balance evenly' }))
    expect(shares.map((s) => s.value)).toEqual(['50', '50'])
    expect(shares.some((s) => s.getAttribute('aria-invalid') === 'true')).toBe(false)
  })

  it('"not modifiable" offers Pause, apply and resume; a 403 names the scopes and the key in use; nothing typed is lost', async () => {
    const fake = editorFacade()
    fake.set('campaigns.update', () => fail(business('campaign_not_modifiable')))
    renderEditor(fake, { ...detail, status: 'ACTIVE' })
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Spring outreach, round two' } })
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })))
    expect(await screen.findByRole('button', { name: 'Pause, apply and resume' })).toBeTruthy()
    fake.set('campaigns.update', () => fail({ ...errorBase, status: 403, kind: 'forbidden', required: ['campaigns:update'], granted: ['campaigns:read'], guidance: 'grant-scopes' }))
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }))
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })))
    expect(await screen.findByText(/key ending in/)).toBeTruthy()
    expect(screen.getByText('…1234')).toBeTruthy()
    expect(screen.getByText('campaigns:update')).toBeTruthy()
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Spring outreach, round two')
  })
})
