import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { MAX_CSV_BYTES, utf8Length } from '../../src/shared/contract/leads'
import { operations, type ApiOperationName } from '../../src/shared/contract/operations'
import { DOC_UUID, VALID_INPUTS } from './contract-examples'

const input = (name: ApiOperationName) => operations[name].input as z.ZodType
const output = (name: ApiOperationName) => operations[name].output as z.ZodType
const refuses = (name: ApiOperationName, patch: Record<string, unknown>) => input(name).safeParse({ ...VALID_INPUTS[name], ...patch }).success === false
const parseOut = (name: ApiOperationName, body: unknown) => {
  const parsed = output(name).safeParse(body)
  if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.error.issues)}`)
  return parsed.data as Record<string, unknown>
}

const DOC_STAMP = '2023-11-07T05:31:56Z'

/** Example bodies exactly as the API notes (§2) show them. */
const DOC = {
  campaignUpdated: {
    success: true, message: '<string>', campaign_id: DOC_UUID, name: '<string>', status: '<string>',
    is_launch_ready: true, updated_at: DOC_STAMP, missing_requirements: ['<string>']
  },
  uploadProgress: {
    job_id: DOC_UUID, campaign_id: DOC_UUID, status: '<string>', progress_percentage: 123, processed_count: 123,
    success_count: 123, duplicate_count: 123, error_count: 123, total_count: 123, errors: [{}],
    started_at: DOC_STAMP, completed_at: DOC_STAMP
  },
  lead: {
    lead_id: DOC_UUID, batch_id: DOC_UUID, email: '<string>', first_name: '<string>', last_name: '<string>',
    company: '<string>', status: '<string>', last_contacted_at: DOC_STAMP, opened_at: DOC_STAMP, replied_at: DOC_STAMP,
    created_at: DOC_STAMP, custom_fields: {}, sequence_step: 0, email_opened: false, email_replied: false, unsubscribed: false
  },
  leadDetailExtra: {
    delivery_status: '<string>',
    email_interactions: [
      { email_id: DOC_UUID, sequence_step: 123, subject: '<string>', sent_at: DOC_STAMP, opened_at: DOC_STAMP, replied_at: DOC_STAMP,
        inbox_email: '<string>', sent: true, opened: true, bounced: true }
    ],
    replies: [{ reply_id: DOC_UUID, subject: '<string>', received_at: DOC_STAMP, body_preview: '<string>', is_auto_reply: true, is_unsubscribe: true }]
  },
  senderCreated: {
    success: true, message: '<string>', inbox_id: DOC_UUID, email_address: '<string>', display_name: '<string>',
    inbox_type: '<string>', daily_limit: 123, overall_status: '<string>', created_at: DOC_STAMP
  },
  bulkCreateStarted: { success: true, message: '<string>', total: 123, success_count: 123, failed_count: 123, job_id: '<string>', results: [] },
  bulkJobProgress: {
    success: true, message: '<string>',
    job: { job_id: '<string>', status: '<string>', progress_percentage: 123, total_rows: 123, processed_count: 123, success_count: 123,
      failed_count: 123, started_at: '<string>', completed_at: '<string>', results: [] }
  },
  testEmailSent: {
    success: true, message: '<string>', inbox_id: DOC_UUID, inbox_email: '<string>', recipient_email: '<string>',
    sent_at: DOC_STAMP, message_id: '<string>'
  },
  bulkDeleteStarted: { success: true, message: '<string>', total: 123, deleted_count: 123, failed_count: 123, job_id: '<string>', skipped_count: 0, results: [] },
  analyticsCampaigns: {
    workspace_kpis: { total_campaigns: 12, total_sends: 48320, avg_open_rate: 0.34, avg_reply_rate: 0.08, avg_bounce_rate: 0.02 },
    campaigns: [
      { campaign_id: '550e8400-e29b-41d4-a716-446655440000', campaign_name: 'Q1 Outreach', status: 'COMPLETED', total_leads: 500,
        total_sent: 498, total_opened: 169, total_replied: 40, total_bounced: 2, open_rate: 0.3394, reply_rate: 0.0803,
        bounce_rate: 0.004, created_at: '2024-01-15T10:00:00Z' }
    ]
  },
  timeline: {
    from_date: '<string>', to_date: '<string>',
    timeline: [{ date: '<string>', sent: 123, opened: 123, replied: 123, bounced: 123, open_rate: 123, reply_rate: 123, bounce_rate: 123 }],
    success: true, message: 'Timeline retrieved successfully'
  }
}

describe('strict, bounded inputs', () => {
  it('campaigns.update takes inboxes, variants, sequences and launch, and refuses over-long content', () => {
    expect(input('campaigns.update').safeParse({ campaign_id: DOC_UUID, launch: true }).success).toBe(true)
    expect(input('campaigns.update').safeParse({ campaign_id: DOC_UUID, name: null, variants: null, sequences: null, inbox_ids: null }).success).toBe(true)
    expect(refuses('campaigns.update', { name: 'n'.repeat(1001) })).toBe(true)
    expect(refuses('campaigns.update', { inbox_ids: Array.from({ length: 10_001 }, () => DOC_UUID) })).toBe(true)
    expect(refuses('campaigns.update', { variants: Array.from({ length: 27 }, () => ({ subject_template: 's', email_content: 'body body body' })) })).toBe(true)
    expect(refuses('campaigns.update', { variants: [{ subject_template: 's', email_content: 'x'.repeat(200_001) }] })).toBe(true)
    expect(refuses('campaigns.update', { variants: [{ subject_template: 's', email_content: 'body body body', colour: 'red' }] })).toBe(true)
    expect(refuses('campaigns.update', { sequences: [{ step_number: 2, trigger_type: 'WHENEVER', wait_days: 1, variants: [] }] })).toBe(true)
    expect(refuses('campaigns.update', { lead_mapping: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`f${i}`, `c${i}`])) })).toBe(true)
    expect(refuses('campaigns.update', { campaign_id: '' })).toBe(true)
  })

  it('leaves business limits to the server: 5 variants, 99 daily, a 2-char name all pass the contract', () => {
    const variant = { subject_template: 'Subject', email_content: 'Body long enough' }
    expect(input('campaigns.update').safeParse({ campaign_id: DOC_UUID, name: 'ab', daily_limit_per_inbox: 500, variants: Array(5).fill(variant) }).success).toBe(true)
  })

  it('senders.* bound passwords and ports, and bulk delete must be confirmed', () => {
    expect(refuses('senders.create', { smtp_password: 'p'.repeat(1001) })).toBe(true)
    expect(refuses('senders.create', { imap_password: 'p'.repeat(1001) })).toBe(true)
    expect(refuses('senders.create', { smtp_port: 0 })).toBe(true)
    expect(refuses('senders.create', { imap_port: 65536 })).toBe(true)
    expect(refuses('senders.create', { inbox_type: 'YAHOO' })).toBe(true)
    const { imap_password: _dropped, ...noImapPassword } = VALID_INPUTS['senders.create']
    expect(input('senders.create').safeParse(noImapPassword).success).toBe(false)
    expect(refuses('senders.bulkCreate', { inboxes: [] })).toBe(true)
    expect(refuses('senders.bulkCreate', { inboxes: Array(1001).fill(VALID_INPUTS['senders.create']) })).toBe(true)
    expect(refuses('senders.bulkCreate', { inboxes: [{ ...VALID_INPUTS['senders.create'], api_key: 'x' }] })).toBe(true)
    expect(refuses('senders.bulkDelete', { confirm_deletion: false })).toBe(true)
    expect(refuses('senders.bulkDelete', { inbox_ids: Array(1001).fill(DOC_UUID) })).toBe(true)
    expect(refuses('senders.testEmail', { recipient_email: 'a'.repeat(1001) })).toBe(true)
    expect(refuses('senders.list', { limit: 101 })).toBe(true)
    expect(refuses('senders.list', { page: 0 })).toBe(true)
  })

  it('leads.upload takes the CSV as bytes (never a string), at most 50 MB, defaults the file name, and bounds the mapping', () => {
    const csv = new TextEncoder().encode('Email\na@b.example\n')
    const parsed = input('leads.upload').parse({ campaign_id: DOC_UUID, csv, mapping: { email: 'Email' } }) as { file_name: string; csv: Uint8Array }
    expect(parsed.file_name).toBe('leads.csv')
    expect(parsed.csv).toBe(csv) // no copy
    expect(refuses('leads.upload', { csv: new Uint8Array(MAX_CSV_BYTES) })).toBe(false)
    expect(refuses('leads.upload', { csv: new Uint8Array(MAX_CSV_BYTES + 1) })).toBe(true)
    expect(refuses('leads.upload', { csv: 'Email\na@b.example\n' })).toBe(true)
    expect(refuses('leads.upload', { csv: Array.from(csv) })).toBe(true)
    expect(refuses('leads.upload', { file_name: '' })).toBe(true)
    expect(refuses('leads.upload', { file_name: 'f'.repeat(256) })).toBe(true)
    expect(refuses('leads.upload', { mapping: { email: 'E'.repeat(1001) } })).toBe(true)
    expect(refuses('leads.upload', { mapping: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`f${i}`, `c${i}`])) })).toBe(true)
  })

  it('counts UTF-8 bytes like Buffer.byteLength (ASCII, 2-, 3- and 4-byte characters)', () => {
    const big = 'a€😀é'.repeat(MAX_CSV_BYTES / 8)
    expect(utf8Length(big)).toBe(Buffer.byteLength(big, 'utf8'))
    expect(utf8Length('a€😀é')).toBe(1 + 3 + 4 + 2)
    expect(utf8Length('\ud800x')).toBe(Buffer.byteLength('\ud800x', 'utf8')) // a lone surrogate is written as U+FFFD (3 bytes)
  })

  it('leads.* and analytics.* bound their lists, text and dates', () => {
    expect(refuses('leads.bulkDelete', { lead_ids: [] })).toBe(true)
    expect(refuses('leads.bulkDelete', { lead_ids: Array(1001).fill(DOC_UUID) })).toBe(true)
    expect(refuses('leads.add', { email: 'e'.repeat(1001) })).toBe(true)
    expect(refuses('leads.add', { custom_fields: { note: 'n'.repeat(10_001) } })).toBe(true)
    expect(refuses('leads.add', { custom_fields: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, 'v'])) })).toBe(true)
    expect(refuses('leads.list', { search: 's'.repeat(256) })).toBe(true)
    expect(refuses('analytics.campaigns', { from_date: '01/02/2024' })).toBe(true)
    expect(refuses('analytics.timeline', { to_date: '2024-1-1' })).toBe(true)
  })
})

describe('tolerant outputs: documented examples parse, unknown keys are kept', () => {
  it('campaigns.update keeps the launch readiness and unknown keys; pause/activate/delete accept any 2xx body', () => {
    expect(parseOut('campaigns.update', { ...DOC.campaignUpdated, inbox_validation: { ok: 1 } })).toMatchObject({ ...DOC.campaignUpdated, inbox_validation: { ok: 1 } })
    expect(parseOut('campaigns.update', { campaign_id: DOC_UUID, status: 'DRAFT' }).missing_requirements).toEqual([])
    expect(parseOut('campaigns.pause', { success: true, message: 'Campaign paused successfully', campaign_id: DOC_UUID, status: 'PAUSED', paused_at: 'x' }))
      .toMatchObject({ status: 'PAUSED', paused_at: 'x' })
    expect(parseOut('campaigns.activate', null)).toEqual({})
    expect(parseOut('campaigns.resume', '')).toEqual({})
    expect(parseOut('campaigns.delete', { success: true, message: 'Campaign deleted successfully', campaign_id: DOC_UUID, deleted: true })).toMatchObject({ deleted: true })
    expect(parseOut('campaigns.delete', null)).toEqual({})
  })

  it('campaigns.get keeps nested variants, sequences and inboxes with their unknown keys', () => {
    const detail = parseOut('campaigns.get', {
      campaign_id: DOC_UUID, name: 'Q1 Outreach', status: 'DRAFT', current_step: 0,
      variants: [{ variant_name: 'A', subject_template: 'Hi', email_content: 'Body', distribution_percent: 100, spam_score: 1 }],
      sequences: [{ step_number: 2, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [{ email_content: 'Bump', variant_name: 'A' }], extra: true }],
      inboxes: [{ inbox_id: DOC_UUID, email_address: 'a@b.example', inbox_type: 'CUSTOM_SMTP' }],
      lead_batches: [{ batch_id: DOC_UUID }], completion_rate: 12.5
    })
    expect(detail).toMatchObject({
      current_step: 0, total_leads: 0,
      variants: [{ spam_score: 1 }], sequences: [{ extra: true, variants: [{ email_content: 'Bump' }] }],
      inboxes: [{ inbox_type: 'CUSTOM_SMTP' }], lead_batches: [{ batch_id: DOC_UUID }], completion_rate: 12.5
    })
  })

  it('leads: manual add, detail, list, stats, delete, bulk delete, upload and its progress', () => {
    expect(parseOut('leads.add', { ...DOC.lead, intent_tag: 'interested' })).toMatchObject({ ...DOC.lead, intent_tag: 'interested' })
    const detail = parseOut('leads.get', { ...DOC.lead, ...DOC.leadDetailExtra })
    expect(detail).toMatchObject(DOC.leadDetailExtra)
    expect(parseOut('leads.get', { ...DOC.lead, custom_fields: null }).custom_fields).toEqual({})
    expect(parseOut('leads.list', { success: true, message: 'x', leads: [DOC.lead], pagination: { page: 1, limit: 20, total: 1, pages: 1, has_next: false, has_prev: false } }).leads).toHaveLength(1)
    expect(parseOut('leads.list', { leads: [] })).toEqual({ leads: [] })
    expect(parseOut('leads.stats', { campaign_id: DOC_UUID, total: 3, by_status: { PENDING: 2, SENT: 1 }, extra: 1 })).toMatchObject({ total: 3, by_status: { PENDING: 2 }, extra: 1 })
    expect(parseOut('leads.delete', null)).toEqual({})
    expect(parseOut('leads.bulkDelete', { deleted_count: 1, results: [{ lead_id: DOC_UUID, deleted: true, error: null }] })).toMatchObject({ deleted_count: 1, skipped_count: 0 })
    expect(parseOut('leads.upload', { success: true, message: 'x', job_id: DOC_UUID, campaign_id: DOC_UUID, status: 'PENDING', batch_id: DOC_UUID })).toMatchObject({ job_id: DOC_UUID, batch_id: DOC_UUID })
    expect(parseOut('leads.uploadStatus', DOC.uploadProgress)).toMatchObject({ ...DOC.uploadProgress, errors: [{}] })
    expect(parseOut('leads.uploadStatus', { ...DOC.uploadProgress, started_at: null, completed_at: null, errors: [{ row: 2, email: 'x', error: 'bad' }], errors_truncated: false }))
      .toMatchObject({ errors: [{ row: 2 }], errors_truncated: false, started_at: null })
  })

  it('senders: create, bulk jobs, test email, list (either list key), health, pause/delete with any body', () => {
    expect(parseOut('senders.create', { ...DOC.senderCreated, warmup: 'on' })).toMatchObject({ ...DOC.senderCreated, warmup: 'on' })
    expect(parseOut('senders.get', { ...DOC.senderCreated, smtp_host: 'smtp.x', health: { smtp_ok: true } })).toMatchObject({ health: { smtp_ok: true } })
    expect(parseOut('senders.bulkCreate', DOC.bulkCreateStarted)).toMatchObject(DOC.bulkCreateStarted)
    expect(parseOut('senders.bulkCreate', { ...DOC.bulkCreateStarted, job_id: null }).job_id).toBeNull()
    expect(parseOut('senders.bulkCreateStatus', DOC.bulkJobProgress)).toMatchObject(DOC.bulkJobProgress)
    expect(parseOut('senders.bulkDelete', DOC.bulkDeleteStarted)).toMatchObject(DOC.bulkDeleteStarted)
    expect(parseOut('senders.bulkDeleteStatus', { job: { job_id: 'j', status: 'COMPLETED', deleted_count: 2, skipped_count: 1 } }).job).toMatchObject({ deleted_count: 2, skipped_count: 1, failed_count: 0 })
    expect(parseOut('senders.testEmail', DOC.testEmailSent)).toMatchObject(DOC.testEmailSent)
    expect(parseOut('senders.testEmail', { ...DOC.testEmailSent, message_id: null }).message_id).toBeNull()
    const row = { inbox_id: DOC_UUID, email_address: 'a@b.example', overall_status: 'ACTIVE' }
    expect(parseOut('senders.list', { sender_accounts: [row] }).sender_accounts).toEqual([row])
    expect(parseOut('senders.list', { inboxes: [row], pagination: { page: 1, limit: 20, total: 1, pages: 1, has_next: false, has_prev: false } }).sender_accounts).toEqual([row])
    expect(parseOut('senders.health', { inbox_id: DOC_UUID, smtp: { ok: false, checked_at: null, error: 'x' }, imap: { ok: null, checked_at: null, error: null }, dkim: 'pass' }))
      .toMatchObject({ smtp: { ok: false }, dkim: 'pass' })
    expect(parseOut('senders.pause', null)).toEqual({})
    expect(parseOut('senders.resume', { inbox_id: DOC_UUID, overall_status: 'ACTIVE' })).toMatchObject({ overall_status: 'ACTIVE' })
    expect(parseOut('senders.delete', { success: true, inbox_id: DOC_UUID, deleted: true })).toMatchObject({ deleted: true })
  })

  it('analytics: the documented campaigns example and timeline schema parse, extras kept', () => {
    expect(parseOut('analytics.campaigns', { ...DOC.analyticsCampaigns, generated_at: 'now' })).toMatchObject({ ...DOC.analyticsCampaigns, generated_at: 'now' })
    expect(parseOut('analytics.timeline', DOC.timeline)).toMatchObject(DOC.timeline)
    expect(parseOut('analytics.campaigns', { workspace_kpis: { avg_open_rate: null }, campaigns: [] })).toMatchObject({ workspace_kpis: { total_campaigns: 0, avg_open_rate: null } })
  })

  it('still refuses bodies that lack what the console needs (no id to follow up on)', () => {
    expect(output('leads.upload').safeParse({ success: true }).success).toBe(false)
    expect(output('campaigns.update').safeParse(null).success).toBe(false)
    expect(output('senders.create').safeParse({ email_address: 'a@b.example' }).success).toBe(false)
  })
})
