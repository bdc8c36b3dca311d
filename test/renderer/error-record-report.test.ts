import { describe, expect, it } from 'vitest'
import { reportText } from '../../src/renderer/src/screens/errors/record/report-text'
import { stripKeys } from '../../src/renderer/src/screens/errors/record/strip-keys'
import { fieldLink, issueFormLink } from '../../src/renderer/src/screens/errors/record/issue-form-link'
import { recordPath, recordSource } from '../../src/renderer/src/screens/errors/record/record-source'
import { KEY_CANARY, errorRecord } from './helpers/error-records'

describe('copy-as-report text', () => {
  it('names time, version, operation, request, status, kind, message, detail, issues, request id, attempts and the fix', () => {
    const text = reportText(errorRecord(), { version: '1.4.2' })
    for (const part of [
      'Time: 2026-03-01T09:15:00.000Z',
      'Console version: 1.4.2',
      'Profile: Production',
      'Operation: campaigns.update',
      'Request: PATCH /campaigns/{campaign_id}',
      'HTTP status: 422',
      'Kind: validation',
      'Message: ColdSend refused 1 field.',
      'Request ID: req-abc-42',
      'Attempts: 2',
      'Duration: 1.2 s',
      'Guidance: Fix the highlighted fields (fix-fields)',
      'Detail (verbatim):\nSubject must not be empty',
      '- body › sequences › 0 › subject (field sequences.0.subject): Field required'
    ]) expect(text).toContain(part)
    expect(text).not.toMatch(/[{]"/) // plain text, not JSON
  })

  it('never carries a ColdSend key, wherever one slipped into the record', () => {
    const text = reportText(
      errorRecord({
        message: `Key ${KEY_CANARY} refused`,
        detail: `X-API-Key: ${KEY_CANARY}; also cs_test_abc-DEF_123 and Bearer abc.def`,
        issues: [{ loc: ['body', 'key'], path: 'key', msg: `bad ${KEY_CANARY}` }],
        requestId: `req-${KEY_CANARY}`
      })
    )
    expect(text).not.toMatch(/cs_live_/i)
    expect(text).not.toMatch(/cs_test_/i)
    expect(text).not.toContain('CANARY')
    expect(text).not.toContain('abc.def')
    expect(text).toContain('[redacted]')
  })

  it('says "no HTTP response" when there was none and leaves unknown facts out', () => {
    const text = reportText(errorRecord({ status: undefined, kind: 'network', requestId: undefined, attempts: undefined, durationMs: undefined, detail: undefined, issues: undefined, guidance: 'mystery' }))
    expect(text).toContain('HTTP status: no HTTP response')
    expect(text).toContain('Guidance: mystery')
    expect(text).not.toContain('Request ID')
    expect(text).not.toContain('Console version')
    expect(text).not.toContain('Validation issues')
  })

  it('strips keys case-insensitively and glued to other words', () => {
    expect(stripKeys('x=CS_LIVE_Abc_def-1;y')).toBe('x=[redacted];y')
    expect(stripKeys('nothing secret')).toBe('nothing secret')
  })
})

describe('issue form link', () => {
  it('opens the campaign editor for an update that names its campaign', () => {
    expect(issueFormLink(errorRecord({ extra: { campaign_id: 'c 1' } }))?.to).toBe('/campaigns/c%201')
    expect(issueFormLink(errorRecord({ extra: { input: { campaign_id: 'c2' } } }))?.to).toBe('/campaigns/c2')
    expect(issueFormLink(errorRecord({ path: '/campaigns/c3' }))?.to).toBe('/campaigns/c3')
  })

  it('has no link when the campaign is not named (a path template is not an id)', () => {
    expect(issueFormLink(errorRecord())).toBeNull()
    expect(issueFormLink(errorRecord({ extra: { campaign_id: '[redacted]' } }))).toBeNull()
  })

  it('opens the creation forms, and nothing for operations without a form', () => {
    expect(issueFormLink(errorRecord({ operation: 'senders.create' }))?.to).toBe('/inboxes/new')
    expect(issueFormLink(errorRecord({ operation: 'campaigns.create' }))?.to).toBe('/campaigns?new=1')
    expect(fieldLink({ to: '/campaigns?new=1', label: 'x' }, 'name')).toBe('/campaigns?new=1&field=name')
    expect(fieldLink({ to: '/inboxes/new', label: 'x' }, 'smtp_host')).toBe('/inboxes/new?field=smtp_host')
    expect(fieldLink({ to: '/inboxes/new', label: 'x' }, '')).toBe('/inboxes/new')
    expect(issueFormLink(errorRecord({ operation: 'leads.add', extra: { campaignId: 'c9' } }))?.to).toBe('/campaigns/c9/leads')
    expect(issueFormLink(errorRecord({ operation: 'campaigns.list', extra: { campaign_id: 'c1' } }))).toBeNull()
  })
})

describe('record addresses', () => {
  it('round-trip the source through the URL', () => {
    expect(recordPath('a/b')).toBe('/errors/a%2Fb')
    expect(recordPath('x', 'imported')).toBe('/errors/x?source=imported')
    expect(recordSource(new URLSearchParams('source=imported'))).toBe('imported')
    expect(recordSource(new URLSearchParams('source=other'))).toBe('local')
  })
})
