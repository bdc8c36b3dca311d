import { describe, expect, it } from 'vitest'
import {
  DOC_DELETE_CAMPAIGN, DOC_DELETE_LEAD, DOC_DISTRIBUTION, DOC_INBOX_IN_USE, DOC_LAUNCH_MISSING, DOC_NOT_MODIFIABLE, DOC_SMTP_FAILED, json
} from './api-error-bodies'
import { asKind, mapResponse } from './map-helper'

const business = (operation: string, body: unknown, status = 400) => asKind(mapResponse(status, body, { operation }), 'business')

describe('business errors (400 with a string detail)', () => {
  it('campaign not modifiable: update on an ACTIVE campaign, detail verbatim, pause-then-edit', () => {
    const e = business('campaigns.update', json(DOC_NOT_MODIFIABLE))
    expect(e).toMatchObject({
      code: 'campaign_not_modifiable', state: 'ACTIVE', resource: 'campaign', guidance: 'pause-then-edit', status: 400, retryable: false,
      detail: 'Campaign cannot be modified while ACTIVE. Pause the campaign first.'
    })
    expect(e.message).toBe('The campaign is ACTIVE and cannot be changed this way.')
  })

  it('campaign not modifiable once finished, or launched when PAUSED, gets the fitting guidance', () => {
    expect(business('campaigns.update', { detail: 'Campaign cannot be modified once it is COMPLETED. Create a new campaign instead.' }))
      .toMatchObject({ code: 'campaign_not_modifiable', state: 'COMPLETED', guidance: 'create-new-campaign' })
    expect(business('campaigns.launch', { detail: 'Only DRAFT campaigns can be launched (campaign is PAUSED). Resume a PAUSED campaign with POST /campaigns/{campaign_id}/activate.' }))
      .toMatchObject({ code: 'campaign_not_modifiable', state: 'PAUSED', guidance: 'resume-campaign' })
  })

  it('launch requirements missing, with which ones', () => {
    const e = business('campaigns.update', json(DOC_LAUNCH_MISSING))
    expect(e).toMatchObject({ code: 'launch_requirements_missing', missing: ['leads', 'inboxes'], guidance: 'complete-launch-requirements' })
    expect(e.message).toContain('leads, inboxes')
    expect(business('campaigns.update', { detail: 'Campaign is not ready to launch.' })).not.toHaveProperty('missing')
  })

  it('variant distribution mismatch, with the total the server counted', () => {
    expect(business('campaigns.update', json(DOC_DISTRIBUTION))).toMatchObject({ code: 'variant_distribution_mismatch', total: 90, guidance: 'fix-distribution' })
    expect(business('campaigns.update', { detail: 'Variant distribution percentages in follow-up step 2 must sum to 100 (got 110)' })).toMatchObject({ total: 110 })
    // "possibly 422": a handler-raised 422 with a string detail is recognised the same way.
    expect(business('campaigns.update', json(DOC_DISTRIBUTION), 422)).toMatchObject({ code: 'variant_distribution_mismatch', status: 422 })
  })

  it('connection failed, with protocol and reason', () => {
    expect(business('senders.create', json(DOC_SMTP_FAILED)))
      .toMatchObject({ code: 'connection_failed', protocol: 'SMTP', reason: 'authentication failed', resource: 'sender account', guidance: 'fix-connection' })
    const e = business('senders.create', { detail: 'SMTP connection failed: authentication failed (535 5.7.8 Username and Password not accepted)' })
    expect(e).toMatchObject({ protocol: 'SMTP', reason: 'authentication failed (535 5.7.8 Username and Password not accepted)' })
    expect(e.message).toBe('SMTP connection check failed: authentication failed (535 5.7.8 Username and Password not accepted)')
    expect(business('senders.create', { detail: 'IMAP connection failed: timed out connecting' })).toMatchObject({ protocol: 'IMAP', reason: 'timed out connecting' })
  })

  it('connection failed is the answer for an inbox create whatever the words, but without invented facts', () => {
    const e = business('senders.create', { detail: 'Unable to verify mailbox' })
    expect(e).toMatchObject({ code: 'connection_failed', detail: 'Unable to verify mailbox' })
    expect(e).not.toHaveProperty('protocol')
    expect(e).not.toHaveProperty('reason')
  })

  it('inbox in use, with the count and the campaign names when stated', () => {
    expect(business('senders.delete', json(DOC_INBOX_IN_USE))).toMatchObject({ code: 'inbox_in_use', count: 2, guidance: 'unassign-inbox' })
    const named = business('senders.delete', { detail: 'Sender account is in use by 2 campaign(s) and cannot be deleted: Q4 outreach, Sales and marketing push' })
    expect(named).toMatchObject({ campaigns: ['Q4 outreach', 'Sales and marketing push'], count: 2 })
    expect(named.message).toBe('This inbox is used by Q4 outreach, Sales and marketing push and cannot be deleted.')
  })

  it('delete not allowed: a campaign in the wrong state, a lead that is not PENDING', () => {
    expect(business('campaigns.delete', json(DOC_DELETE_CAMPAIGN))).toMatchObject({ code: 'delete_not_allowed', resource: 'campaign', guidance: 'pause-then-delete' })
    expect(business('leads.delete', json(DOC_DELETE_LEAD))).toMatchObject({ code: 'delete_not_allowed', resource: 'lead', guidance: 'lead-not-deletable' })
  })

  it('recognises by status + operation first: other wording on the same operation gives the same code', () => {
    expect(business('campaigns.delete', { detail: 'Kampagne kann nicht gelöscht werden' }).code).toBe('delete_not_allowed')
    expect(business('leads.delete', { detail: 'Lead was already contacted' }).code).toBe('delete_not_allowed')
    expect(business('senders.delete', { detail: 'Inbox busy' }).code).toBe('inbox_in_use')
    expect(business('campaigns.pause', { detail: 'Only ACTIVE campaigns can be paused (campaign is DRAFT)' })).toMatchObject({ code: 'invalid_state', state: 'DRAFT', guidance: 'refresh-list' })
    expect(business('campaigns.activate', { detail: 'nope' }).code).toBe('invalid_state')
  })

  it('inbox actions: a test email on a paused inbox is a state problem, otherwise a connection failure', () => {
    expect(business('senders.testEmail', { detail: 'Only ACTIVE sender accounts can send a test email (sender account is PAUSED)' }))
      .toMatchObject({ code: 'invalid_state', state: 'PAUSED', resource: 'sender account' })
    expect(business('senders.testEmail', { detail: 'SMTP connection failed: recipient rejected by the server' }))
      .toMatchObject({ code: 'connection_failed', protocol: 'SMTP', reason: 'recipient rejected by the server' })
    expect(business('senders.pause', { detail: 'Only ACTIVE sender accounts can be paused (sender account is PAUSED)' })).toMatchObject({ code: 'invalid_state', state: 'PAUSED' })
  })

  it('uses wording as a hint for operations it does not know', () => {
    expect(business('inboxes.remove', json(DOC_INBOX_IN_USE)).code).toBe('inbox_in_use')
    expect(business('campaigns.setVariants', json(DOC_DISTRIBUTION)).code).toBe('variant_distribution_mismatch')
    expect(business('something.else', json(DOC_SMTP_FAILED))).toMatchObject({ code: 'connection_failed', protocol: 'SMTP' })
  })

  it('falls back to request_refused for an unknown 400, keeping the detail verbatim', () => {
    const e = business('campaigns.update', { detail: 'Total follow-up wait must be at most 45 days (got 50)' })
    expect(e).toMatchObject({ code: 'request_refused', guidance: 'fix-request', detail: 'Total follow-up wait must be at most 45 days (got 50)' })
    expect(e.message).toBe('Total follow-up wait must be at most 45 days (got 50)')
    expect(e).not.toHaveProperty('total')
  })

  it('names the campaign as the closed thing when leads cannot be added', () => {
    expect(business('leads.add', { detail: 'Leads cannot be added to a COMPLETED campaign' })).toMatchObject({ code: 'invalid_state', resource: 'campaign', state: 'COMPLETED' })
  })

  it('handles a 400 with no usable words', () => {
    expect(business('campaigns.update', null)).toMatchObject({ code: 'request_refused', detail: 'Bad request', message: 'ColdSend refused the request.' })
    expect(business('campaigns.update', { detail: '   ' })).toMatchObject({ code: 'request_refused', detail: 'Bad request' })
    expect(business('campaigns.update', '<html><head><title>400 Bad Request</title></head><body>nginx</body></html>')).toMatchObject({ detail: '400 Bad Request' })
  })

  it('keeps other 4xx as a refused request that names the status', () => {
    const e = business('leads.upload', { detail: 'CSV file exceeds the 50 MB limit' }, 413)
    expect(e).toMatchObject({ code: 'request_refused', status: 413, detail: 'CSV file exceeds the 50 MB limit' })
    expect(e.message).toBe('ColdSend refused the request (HTTP 413): CSV file exceeds the 50 MB limit')
  })
})
