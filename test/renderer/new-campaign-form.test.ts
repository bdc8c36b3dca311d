// @vitest-environment jsdom
import { createElement } from 'react'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useProfilesStore } from '../../src/renderer/src/stores/profiles-store'
import type { AppError, ValidationIssue } from '../../src/shared/contract/app-error'
import { NewCampaignForm } from '../../src/renderer/src/screens/campaigns/NewCampaignForm'
import { createFakeFacade, type FakeFacade } from './helpers/fake-facade'
import { errorBase, profile, profileList } from './helpers/fixtures'
import { describedBy, renderWithFacade } from './helpers/render'

beforeEach(() => useProfilesStore.getState().apply(profileList([profile()])))
afterEach(cleanup)

function issue(path: string, msg: string, type = 'value_error'): ValidationIssue {
  return { loc: ['body', ...path.split('.')], path, msg, type, source: 'server' }
}

function validationError(issues: ValidationIssue[]): AppError {
  return { ...errorBase, kind: 'validation', status: 422, operation: 'campaigns.create', guidance: 'fix-fields', message: 'Validation failed.', issues }
}

function renderForm(fake: FakeFacade) {
  const onCreated = vi.fn()
  const { queryClient } = renderWithFacade(createElement(NewCampaignForm, { onCreated, onCancel: vi.fn() }), fake.facade)
  return {
    queryClient,
    onCreated,
    name: screen.getByLabelText('Name') as HTMLInputElement,
    limit: screen.getByLabelText('Daily limit per inbox') as HTMLInputElement,
    submit: () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Create campaign' })))
  }
}

describe('New campaign form', () => {
  it('(a) stops a 5-character name locally: marks Name, describes it, focuses it, sends nothing', async () => {
    const fake = createFakeFacade()
    const form = renderForm(fake)
    fireEvent.change(form.name, { target: { value: 'Short' } })
    await form.submit()
    expect(form.name.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(form.name)[0]?.textContent).toMatch(/8 characters/)
    expect(document.activeElement).toBe(form.name)
    expect(fake.spy('campaigns.create')).not.toHaveBeenCalled()
    expect(form.limit.getAttribute('aria-invalid')).toBeNull()
  })

  it('checks the daily limit range locally and clears an error when its field is edited', async () => {
    const fake = createFakeFacade()
    const form = renderForm(fake)
    fireEvent.change(form.name, { target: { value: 'Q1 Product Launch' } })
    fireEvent.change(form.limit, { target: { value: '500' } })
    await form.submit()
    expect(form.limit.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(form.limit)[0]?.textContent).toMatch(/between 1 and 100/)
    expect(document.activeElement).toBe(form.limit)
    fireEvent.change(form.limit, { target: { value: '50' } })
    await waitFor(() => expect(form.limit.getAttribute('aria-invalid')).toBeNull())
    expect(fake.spy('campaigns.create')).not.toHaveBeenCalled()
  })

  it('(b) puts each server issue on its field with the server message and focuses Name first', async () => {
    const fake = createFakeFacade({
      'campaigns.create': () => ({
        ok: false,
        error: validationError([
          issue('daily_limit_per_inbox', 'ensure this value is less than or equal to 100', 'value_error.number.not_le'),
          issue('name', 'ensure this value has at least 8 characters', 'value_error.any_str.min_length')
        ])
      })
    })
    const form = renderForm(fake)
    fireEvent.change(form.name, { target: { value: 'Twelve chars' } })
    fireEvent.change(form.limit, { target: { value: '42' } })
    await form.submit()
    expect(fake.spy('campaigns.create')).toHaveBeenCalledWith({ name: 'Twelve chars', daily_limit_per_inbox: 42 })
    await waitFor(() => expect(form.name.getAttribute('aria-invalid')).toBe('true'))
    expect(form.limit.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(form.name)[0]?.textContent).toBe('ensure this value has at least 8 characters')
    expect(describedBy(form.limit)[0]?.textContent).toBe('ensure this value is less than or equal to 100')
    expect(document.activeElement).toBe(form.name)
    expect(form.name.value).toBe('Twelve chars')
    expect(form.limit.value).toBe('42')
  })

  it('(c) sends an issue for a field the form does not show to a banner that names it', async () => {
    const fake = createFakeFacade({
      'campaigns.create': () => ({ ok: false, error: validationError([issue('sending_days', 'ensure this value has at least 1 items')]) })
    })
    const form = renderForm(fake)
    fireEvent.change(form.name, { target: { value: 'Valid campaign' } })
    await form.submit()
    const banner = await screen.findByRole('alert')
    expect(banner.textContent).toContain('sending_days')
    expect(banner.textContent).toContain('ensure this value has at least 1 items')
    expect(form.name.getAttribute('aria-invalid')).toBeNull()
    expect(document.activeElement).toBe(banner)
  })

  it('(d) reports success with the created campaign and omits an empty daily limit', async () => {
    const fake = createFakeFacade({
      'campaigns.create': (input) => ({ ok: true, value: { campaign_id: 'new-1', name: input.name, status: 'DRAFT', created_at: null } })
    })
    const form = renderForm(fake)
    fireEvent.change(form.name, { target: { value: '  Spring outreach  ' } })
    await form.submit()
    expect(fake.spy('campaigns.create')).toHaveBeenCalledWith({ name: 'Spring outreach' })
    await waitFor(() => expect(form.onCreated).toHaveBeenCalledWith(expect.objectContaining({ campaign_id: 'new-1' })))
  })

  it('explains a lost answer, keeps the input, and marks every cached campaign list stale so it is read again', async () => {
    const fake = createFakeFacade({
      'campaigns.create': () => ({
        ok: false,
        error: { ...errorBase, kind: 'unknown_outcome', mayHaveApplied: true, guidance: 'check-before-resending', message: 'No answer came back.' }
      })
    })
    const form = renderForm(fake)
    form.queryClient.setQueryData(['api', 'p1', 'campaigns.list', { page: 1 }], { campaigns: [] })
    fireEvent.change(form.name, { target: { value: 'Spring outreach' } })
    await form.submit()
    await screen.findByText('Outcome unknown')
    expect(form.queryClient.getQueryState(['api', 'p1', 'campaigns.list', { page: 1 }])?.isInvalidated).toBe(true)
    expect(form.name.value).toBe('Spring outreach')
  })
})
