import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { seededState } from '../../src/sandbox/seed/state'
import type { SandboxState } from '../../src/sandbox/store/state'
import {
  type ApiResponse,
  type MailPeers,
  UUID,
  badTimestamps,
  call,
  callForm,
  csvForm,
  plantInbox,
  rateHeadersOf,
  realInboxBody,
  shapeMismatches,
  startFromState,
  startMailPeers
} from './helpers'

/**
 * The every-endpoint matrix (API notes §2.0 index, as the sandbox serves it): for each endpoint, over real
 * HTTP, (1) a valid call with a key holding only the endpoint's scope → documented status, body shape
 * (keys in the documented order, value kinds) and consistent X-RateLimit-* headers; (2) no key / an
 * unknown key → the exact 401 bodies; (3) a key with every other G2 scope → the exact 403 body naming
 * the scope; (4) each malformed UUID path id → Pydantic v1's 422 at ["path", name]; (5) each unknown id
 * → 404 with a string detail. Example bodies are copied verbatim from the docs; "<string>", 123 and the
 * placeholder UUIDs/timestamps stand for value kinds.
 */

/** The docs' placeholder UUID: never an id the sandbox makes, so it is our "unknown id". */
const UNKNOWN = '3c90c3cc-0d44-4b50-8888-8dd25736052a'
const MALFORMED = 'not-a-uuid'
/** Documented per-minute limit, which X-RateLimit-Limit reports (API notes §1.4, §5 #22). */
const PER_MINUTE = 100

/** Every G2 scope (API notes §1.3) except the `:all` and `*` grants. */
const G2_SCOPES = [
  'campaigns:create', 'campaigns:read', 'campaigns:update', 'campaigns:delete', 'campaigns:pause', 'campaigns:activate',
  'sender_accounts:create', 'sender_accounts:read', 'sender_accounts:delete',
  'leads:create', 'leads:read', 'leads:delete',
  'replies:read', 'replies:create', 'replies:update'
]

const DOC_401_MISSING = { detail: 'API key required. Include your API key in X-API-Key header.' }
const DOC_401_INVALID = { detail: 'Invalid or revoked API key' }

/** Documented enumerations (API notes §4). */
const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'FAILED']
const LEAD_STATUSES = ['PENDING', 'QUEUED', 'SENT', 'OPENED', 'REPLIED', 'FAILED', 'BOUNCED', 'UNSUBSCRIBED', 'EXTERNAL']
const UPLOAD_JOB_STATUSES = ['PENDING', 'VALIDATING', 'IN_PROGRESS', 'COMPLETED', 'FAILED']
const INBOX_STATUSES = ['PENDING', 'ACTIVE', 'PAUSED', 'DISABLED']

/** Success bodies as the docs show them, verbatim. */
const DOC = {
  C1: {
    success: true,
    message: '<string>',
    campaigns: [
      {
        campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
        name: '<string>',
        status: '<string>',
        current_step: 123,
        created_at: '2023-11-07T05:31:56Z',
        launched_at: '2023-11-07T05:31:56Z',
        total_leads: 0,
        sent_count: 0,
        reply_count: 0,
        open_count: 0,
        bounce_count: 0,
        unsubscribe_count: 0
      }
    ],
    pagination: { page: 123, limit: 123, total: 123, pages: 123, has_next: true, has_prev: true }
  },
  C2: { success: true, message: '<string>', campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', name: '<string>', status: '<string>', current_step: 123, created_at: '2023-11-07T05:31:56Z' },
  /** C3 shows field descriptions only; these are the likely names in the order the docs list them (§2.1 table). */
  C3_FIELDS: [
    'campaign_id', 'name', 'status', 'current_step', 'daily_limit_per_inbox', 'start_date', 'timezone', 'sending_days',
    'sending_window_start', 'sending_window_start_minute', 'sending_window_end', 'sending_window_end_minute', 'enable_tracking',
    'lead_mapping', 'sequences', 'inboxes', 'created_by', 'team_id', 'created_at', 'updated_at', 'launched_at', 'enable_unsubscribe',
    'ramp_up_enabled', 'ramp_up_increment', 'ramp_up_max_limit', 'reply_to_email', 'variants', 'lead_batches', 'total_leads',
    'sent_count', 'reply_count', 'open_count', 'bounce_count', 'unsubscribe_count', 'completion_rate', 'success_rate', 'open_to_reply_rate'
  ],
  C4: {
    success: true,
    message: '<string>',
    campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    name: '<string>',
    status: '<string>',
    is_launch_ready: true,
    updated_at: '2023-11-07T05:31:56Z',
    missing_requirements: ['<string>']
  },
  /** "after setting variants only" (C4 code sample comment). */
  C4_VARIANTS_ONLY: { is_launch_ready: false, missing_requirements: ['leads', 'inboxes'] },
  L1_MAPPING: { email: 'Email', first_name: 'First Name', last_name: 'Last Name', company: 'Company' },
  L2: {
    job_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    campaign_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    status: '<string>',
    progress_percentage: 123,
    processed_count: 123,
    success_count: 123,
    duplicate_count: 123,
    error_count: 123,
    total_count: 123,
    errors: [{}],
    started_at: '2023-11-07T05:31:56Z',
    completed_at: '2023-11-07T05:31:56Z'
  },
  L3: {
    lead_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    batch_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    email: '<string>',
    first_name: '<string>',
    last_name: '<string>',
    company: '<string>',
    status: '<string>',
    last_contacted_at: '2023-11-07T05:31:56Z',
    opened_at: '2023-11-07T05:31:56Z',
    replied_at: '2023-11-07T05:31:56Z',
    created_at: '2023-11-07T05:31:56Z',
    custom_fields: {},
    sequence_step: 0,
    email_opened: false,
    email_replied: false,
    unsubscribed: false
  },
  L4_EXTRA: {
    delivery_status: '<string>',
    email_interactions: [
      {
        email_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', sequence_step: 123, subject: '<string>',
        sent_at: '2023-11-07T05:31:56Z', opened_at: '2023-11-07T05:31:56Z', replied_at: '2023-11-07T05:31:56Z',
        inbox_email: '<string>', sent: true, opened: true, bounced: true
      }
    ],
    replies: [
      {
        reply_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', subject: '<string>', received_at: '2023-11-07T05:31:56Z',
        body_preview: '<string>', is_auto_reply: true, is_unsubscribe: true
      }
    ]
  },
  S1: {
    success: true,
    message: '<string>',
    inbox_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    email_address: '<string>',
    display_name: '<string>',
    inbox_type: '<string>',
    daily_limit: 123,
    overall_status: '<string>',
    created_at: '2023-11-07T05:31:56Z'
  },
  S2: { success: true, message: '<string>', total: 123, success_count: 123, failed_count: 123, job_id: '<string>', results: [] },
  S3: {
    success: true,
    message: '<string>',
    job: {
      job_id: '<string>', status: '<string>', progress_percentage: 123, total_rows: 123,
      processed_count: 123, success_count: 123, failed_count: 123,
      started_at: '<string>', completed_at: '<string>', results: []
    }
  },
  S6: {
    success: true, message: '<string>', inbox_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
    inbox_email: '<string>', recipient_email: '<string>', sent_at: '2023-11-07T05:31:56Z', message_id: '<string>'
  },
  S7_REQUEST: { inbox_ids: ['<uuid>'], confirm_deletion: true },
  S7: { success: true, message: '<string>', total: 123, deleted_count: 123, failed_count: 123, job_id: '<string>', skipped_count: 0, results: [] },
  A1: {
    workspace_kpis: { total_campaigns: 12, total_sends: 48320, avg_open_rate: 0.34, avg_reply_rate: 0.08, avg_bounce_rate: 0.02 },
    campaigns: [
      {
        campaign_id: '550e8400-e29b-41d4-a716-446655440000', campaign_name: 'Q1 Outreach', status: 'COMPLETED', total_leads: 500,
        total_sent: 498, total_opened: 169, total_replied: 40, total_bounced: 2, open_rate: 0.3394, reply_rate: 0.0803,
        bounce_rate: 0.004, created_at: '2024-01-15T10:00:00Z'
      }
    ]
  },
  A2: {
    from_date: '<string>',
    to_date: '<string>',
    timeline: [{ date: '<string>', sent: 123, opened: 123, replied: 123, bounced: 123, open_rate: 123, reply_rate: 123, bounce_rate: 123 }],
    success: true,
    message: 'Timeline retrieved successfully'
  }
} as const

/** The L3 example without `batch_id`, followed by the L4 additions: the L4 example as the docs describe it. */
const { batch_id: _batchId, ...L3_WITHOUT_BATCH } = DOC.L3
const DOC_L4 = { ...L3_WITHOUT_BATCH, ...DOC.L4_EXTRA }
/** Fields the L3/L4 docs mark nullable ("batch_id, names, timestamps nullable"; message_id etc.). */
const LEAD_NULLABLE = ['batch_id', 'first_name', 'last_name', 'company', 'last_contacted_at', 'opened_at', 'replied_at', 'delivery_status', 'sent_at', 'received_at', 'inbox_email']

/** Fixed ids of the inboxes planted in the arranged state. */
const INBOX = {
  assigned: 'a1000000-0000-4000-8000-000000000001',
  read: 'a1000000-0000-4000-8000-000000000002',
  del: 'a1000000-0000-4000-8000-000000000003',
  pause: 'a1000000-0000-4000-8000-000000000004',
  resume: 'a1000000-0000-4000-8000-000000000005',
  health: 'a1000000-0000-4000-8000-000000000006'
}

/** What every row can use: the sandbox, fresh full-access keys for set-up, the arranged state, real mail servers. */
interface Fx {
  sandbox: SandboxHandle
  admin(): string
  state: SandboxState
  peers: MailPeers
}

/** A valid request for one row: path ids, and a JSON body or a multipart form (built anew per request). */
interface Prepared {
  params: Record<string, string>
  json?: unknown
  form?: () => FormData
  query?: string
}

type Body = Record<string, unknown>

interface Row {
  id: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  /** The scope from the §2.0 index (§1.3; [assume] rows as the sandbox decided). */
  scope: string
  status: number
  /** 404 detail per UUID path parameter, in path order (none = no UUID path parameters). */
  notFound?: Record<string, string>
  /** 404 detail per plain-string path parameter (SMTP bulk job ids are `string`, not UUIDs: §1.1). */
  plainNotFound?: Record<string, string>
  /** The valid call needs real SMTP + IMAP servers. */
  needsImap?: boolean
  prepare(fx: Fx): Promise<Prepared>
  check(body: Body, prepared: Prepared, fx: Fx): void | Promise<void>
}

// ----- set-up through the API (each with its own full-access key, so no pool runs dry) -----

async function ok(res: Promise<ApiResponse>, status: number): Promise<Body> {
  const r = await res
  expect(r.status, JSON.stringify(r.body)).toBe(status)
  return r.body as Body
}

async function newCampaign(fx: Fx, name = 'Conformance matrix campaign'): Promise<string> {
  return (await ok(call(fx.sandbox, '/campaigns', { key: fx.admin(), json: { name } }), 201))['campaign_id'] as string
}

async function newLead(fx: Fx, campaignId: string, email: string): Promise<string> {
  const body = await ok(call(fx.sandbox, `/campaigns/${campaignId}/leads/manual`, { key: fx.admin(), json: { email } }), 201)
  return body['lead_id'] as string
}

const VARIANT = { subject_template: 'Quick question, {{first_name}}', email_content: 'Hi {{first_name}}, a short note about your outreach.' }

// A campaign in DRAFT, ACTIVE (launched through C4) or PAUSED (launched, then paused).
async function campaignIn(fx: Fx, status: 'DRAFT' | 'ACTIVE' | 'PAUSED'): Promise<string> {
  const id = await newCampaign(fx, `Matrix ${status.toLowerCase()} campaign`)
  if (status === 'DRAFT') return id
  await newLead(fx, id, 'launch-lead@example.com')
  const put = { variants: [VARIANT], inbox_ids: [INBOX.assigned], launch: true }
  await ok(call(fx.sandbox, `/campaigns/${id}`, { key: fx.admin(), method: 'PUT', json: put }), 200)
  if (status === 'PAUSED') await ok(call(fx.sandbox, `/campaigns/${id}/pause`, { key: fx.admin(), method: 'POST' }), 200)
  return id
}

// An upload job for a campaign (two good rows).
async function uploadJob(fx: Fx, campaignId: string): Promise<string> {
  const csv = 'Email,First Name\nann@example.com,Ann\nbob@example.com,Bob\n'
  const body = await ok(callForm(fx.sandbox, `/campaigns/${campaignId}/leads`, csvForm(csv, { email: 'Email', first_name: 'First Name' }), { key: fx.admin() }), 202)
  return body['job_id'] as string
}

// An S2 body whose one inbox points at a closed port, so its background check fails fast and harmlessly.
function bulkBody(email: string) {
  return { inboxes: [{ ...DEAD_INBOX, email_address: email, smtp_username: email, imap_username: email }] }
}
const DEAD_INBOX = {
  display_name: 'Dead end', inbox_type: 'CUSTOM_SMTP', smtp_host: '127.0.0.1', smtp_port: 1, smtp_password: 'x',
  imap_host: '127.0.0.1', imap_port: 1, imap_password: 'x'
}

// A seeded lead with a reply (so L4 shows interactions and replies), and its campaign.
function repliedLead(state: SandboxState): { campaignId: string; leadId: string } {
  const lead = state.leads.find((l) => l.status === 'REPLIED' && l.email_replied && l.sequence_step >= 1)
  if (!lead) throw new Error('the demo data has no REPLIED lead')
  return { campaignId: lead.campaign_id, leadId: lead.lead_id }
}

// ----- body checks -----

function expectShape(body: unknown, example: unknown, opts: Parameters<typeof shapeMismatches>[2] = {}): void {
  expect(shapeMismatches(body, example, opts)).toEqual([])
}

const statusBody = (message: string, status: string) => (b: Body, p: Prepared) =>
  expect(b).toEqual({ success: true, message, campaign_id: p.params['campaign_id'], status })

const campaignNotFound = 'Campaign not found'

/** The matrix: every endpoint the sandbox serves. */
const ROWS: Row[] = [
  {
    id: 'C1', method: 'GET', path: '/campaigns', scope: 'campaigns:read', status: 200,
    prepare: async () => ({ params: {} }),
    check(b) {
      const withLaunch = { ...b, campaigns: (b['campaigns'] as Body[]).filter((c) => c['launched_at'] !== null) }
      expectShape(withLaunch, DOC.C1)
      expectShape(b, DOC.C1, { nullable: ['launched_at'] })
      // Documented defaults: page 1, limit 20 (§1.5).
      expect(b['pagination']).toMatchObject({ page: 1, limit: 20 })
      for (const c of b['campaigns'] as Body[]) expect(CAMPAIGN_STATUSES).toContain(c['status'])
    }
  },
  {
    id: 'C2', method: 'POST', path: '/campaigns', scope: 'campaigns:create', status: 201,
    prepare: async () => ({ params: {}, json: { name: 'Q1 Product Launch Outreach' } }),
    check(b) {
      expectShape(b, DOC.C2)
      expect(b).toMatchObject({ message: 'Campaign created successfully', name: 'Q1 Product Launch Outreach', status: 'DRAFT', current_step: 0 })
    }
  },
  {
    id: 'C3', method: 'GET', path: '/campaigns/{campaign_id}', scope: 'campaigns:read', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'ACTIVE') } }),
    check(b, p) {
      expect(Object.keys(b).filter((k) => (DOC.C3_FIELDS as readonly string[]).includes(k))).toEqual(DOC.C3_FIELDS)
      expect(b).toMatchObject({ campaign_id: p.params['campaign_id'], status: 'ACTIVE', total_leads: 1 })
      for (const rate of ['completion_rate', 'success_rate', 'open_to_reply_rate']) {
        expect(b[rate]).toBeGreaterThanOrEqual(0)
        expect(b[rate]).toBeLessThanOrEqual(100)
      }
    }
  },
  {
    id: 'C4', method: 'PUT', path: '/campaigns/{campaign_id}', scope: 'campaigns:update', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'DRAFT') }, json: { variants: [VARIANT] } }),
    check(b, p) {
      expectShape(b, DOC.C4)
      expect(b).toMatchObject({ ...DOC.C4_VARIANTS_ONLY, campaign_id: p.params['campaign_id'], status: 'DRAFT' })
    }
  },
  {
    id: 'C5', method: 'POST', path: '/campaigns/{campaign_id}/pause', scope: 'campaigns:pause', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'ACTIVE') } }),
    check: statusBody('Campaign paused successfully', 'PAUSED')
  },
  {
    id: 'C6 activate', method: 'POST', path: '/campaigns/{campaign_id}/activate', scope: 'campaigns:activate', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'PAUSED') } }),
    check: statusBody('Campaign activated successfully', 'ACTIVE')
  },
  {
    id: 'C6 resume', method: 'POST', path: '/campaigns/{campaign_id}/resume', scope: 'campaigns:activate', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'PAUSED') } }),
    check: statusBody('Campaign activated successfully', 'ACTIVE')
  },
  {
    id: 'C7', method: 'DELETE', path: '/campaigns/{campaign_id}', scope: 'campaigns:delete', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: await campaignIn(fx, 'PAUSED') } }),
    check: (b, p) => expect(b).toEqual({ success: true, message: 'Campaign deleted successfully', campaign_id: p.params['campaign_id'], deleted: true })
  },
  {
    id: 'L1', method: 'POST', path: '/campaigns/{campaign_id}/leads', scope: 'leads:create', status: 202,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({
      params: { campaign_id: await campaignIn(fx, 'DRAFT') },
      form: () => csvForm('Email,First Name,Last Name,Company\nada@example.com,Ada,Lovelace,Analytical\n', DOC.L1_MAPPING)
    }),
    check(b, p) {
      // [assume] `{success, message, job_id, campaign_id, status: "PENDING"}`; the sandbox adds total_count and batch_id after.
      expect(Object.keys(b).slice(0, 5)).toEqual(['success', 'message', 'job_id', 'campaign_id', 'status'])
      expect(b).toMatchObject({ success: true, campaign_id: p.params['campaign_id'], status: 'PENDING' })
      expect(b['job_id']).toMatch(UUID)
    }
  },
  {
    id: 'L2', method: 'GET', path: '/campaigns/{campaign_id}/leads/upload/{job_id}', scope: 'leads:read', status: 200,
    notFound: { campaign_id: campaignNotFound, job_id: 'Upload job not found' },
    async prepare(fx) {
      const campaignId = await campaignIn(fx, 'DRAFT')
      return { params: { campaign_id: campaignId, job_id: await uploadJob(fx, campaignId) } }
    },
    check(b, p) {
      expectShape(b, DOC.L2, { extra: 'after', nullable: ['started_at', 'completed_at'] })
      expect(b).toMatchObject({ job_id: p.params['job_id'], campaign_id: p.params['campaign_id'], total_count: 2 })
      expect(UPLOAD_JOB_STATUSES).toContain(b['status'])
    }
  },
  {
    id: 'L3', method: 'POST', path: '/campaigns/{campaign_id}/leads/manual', scope: 'leads:create', status: 201,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({
      params: { campaign_id: await campaignIn(fx, 'DRAFT') },
      json: { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper', company: 'Navy', custom_fields: { title: 'Rear Admiral' } }
    }),
    check(b) {
      expectShape(b, DOC.L3, { nullable: LEAD_NULLABLE })
      expect(b).toMatchObject({ email: 'grace@example.com', status: 'PENDING', custom_fields: { title: 'Rear Admiral' }, sequence_step: 0 })
    }
  },
  {
    id: 'L4', method: 'GET', path: '/campaigns/{campaign_id}/leads/{lead_id}', scope: 'leads:read', status: 200,
    notFound: { campaign_id: campaignNotFound, lead_id: 'Lead not found' },
    async prepare(fx) {
      const { campaignId, leadId } = repliedLead(fx.state)
      return { params: { campaign_id: campaignId, lead_id: leadId } }
    },
    check(b, p) {
      // The sandbox keeps L3's `batch_id` in L4 too (an extra key; the L4 example leaves it out).
      expectShape(b, DOC_L4, { extra: 'any', nullable: LEAD_NULLABLE })
      expect(b).toMatchObject({ lead_id: p.params['lead_id'], status: 'REPLIED' })
      const interactions = b['email_interactions'] as Body[]
      const replies = b['replies'] as Body[]
      expect(interactions.length).toBeGreaterThan(0)
      expect(replies.length).toBeGreaterThan(0)
      for (const i of interactions) expect(Object.keys(i)).toEqual(Object.keys(DOC.L4_EXTRA.email_interactions[0]))
      for (const r of replies) expect(Object.keys(r)).toEqual(Object.keys(DOC.L4_EXTRA.replies[0]))
    }
  },
  {
    id: 'L5', method: 'GET', path: '/campaigns/{campaign_id}/leads', scope: 'leads:read', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: repliedLead(fx.state).campaignId } }),
    check(b) {
      // [assume] `{success, message, leads: Lead[], pagination}` with the individual-lead items and PaginationMeta.
      expectShape(b, { success: true, message: '<string>', leads: [DOC.L3], pagination: DOC.C1.pagination }, { nullable: LEAD_NULLABLE })
      expect(b['pagination']).toMatchObject({ page: 1, limit: 20 })
      for (const l of b['leads'] as Body[]) expect(LEAD_STATUSES).toContain(l['status'])
    }
  },
  {
    id: 'L6 single', method: 'DELETE', path: '/campaigns/{campaign_id}/leads/{lead_id}', scope: 'leads:delete', status: 200,
    notFound: { campaign_id: campaignNotFound, lead_id: 'Lead not found' },
    async prepare(fx) {
      const campaignId = await campaignIn(fx, 'DRAFT')
      return { params: { campaign_id: campaignId, lead_id: await newLead(fx, campaignId, 'pending@example.com') } }
    },
    check: (b, p) => expect(b).toEqual({ success: true, message: 'Lead deleted successfully', lead_id: p.params['lead_id'], deleted: true })
  },
  {
    id: 'L6 bulk', method: 'DELETE', path: '/campaigns/{campaign_id}/leads', scope: 'leads:delete', status: 200,
    notFound: { campaign_id: campaignNotFound },
    async prepare(fx) {
      const campaignId = await campaignIn(fx, 'DRAFT')
      const leadId = await newLead(fx, campaignId, 'bulk-pending@example.com')
      return { params: { campaign_id: campaignId }, json: { lead_ids: [leadId, UNKNOWN] } }
    },
    check(b, p) {
      expect(Object.keys(b)).toEqual(['success', 'message', 'campaign_id', 'requested_count', 'deleted_count', 'skipped_count', 'not_found_count', 'results'])
      expect(b).toMatchObject({ success: true, campaign_id: p.params['campaign_id'], requested_count: 2, deleted_count: 1, not_found_count: 1 })
    }
  },
  {
    id: 'L7', method: 'GET', path: '/campaigns/{campaign_id}/leads/stats', scope: 'leads:read', status: 200,
    notFound: { campaign_id: campaignNotFound },
    prepare: async (fx) => ({ params: { campaign_id: repliedLead(fx.state).campaignId } }),
    check(b, p) {
      // [assume] "counts per lead status": every documented status, in the documented order.
      expect(b).toMatchObject({ success: true, campaign_id: p.params['campaign_id'] })
      const byStatus = b['by_status'] as Record<string, number>
      expect(Object.keys(byStatus)).toEqual(LEAD_STATUSES)
      expect(Object.values(byStatus).reduce((a, n) => a + n, 0)).toBe(b['total'])
    }
  },
  {
    id: 'S0', method: 'POST', path: '/sender-accounts', scope: 'sender_accounts:create', status: 201, needsImap: true,
    prepare: async (fx) => ({ params: {}, json: realInboxBody(fx.peers, 's0-legacy@acme-mail.example') }),
    check: (b) => expectInboxCreated(b, 's0-legacy@acme-mail.example')
  },
  {
    id: 'S1', method: 'POST', path: '/sender-accounts/smtp', scope: 'sender_accounts:create', status: 201, needsImap: true,
    prepare: async (fx) => ({ params: {}, json: realInboxBody(fx.peers, 's1-smtp@acme-mail.example') }),
    check: (b) => expectInboxCreated(b, 's1-smtp@acme-mail.example')
  },
  {
    id: 'S2', method: 'POST', path: '/sender-accounts/smtp/bulk', scope: 'sender_accounts:create', status: 202,
    prepare: async () => ({ params: {}, json: bulkBody('s2-bulk@acme-mail.example') }),
    check(b) {
      expectShape(b, DOC.S2)
      expect(b).toMatchObject({ success: true, total: 1 })
    }
  },
  {
    id: 'S3', method: 'GET', path: '/sender-accounts/smtp/bulk/{job_id}/progress', scope: 'sender_accounts:read', status: 200,
    plainNotFound: { job_id: 'Bulk job not found' },
    async prepare(fx) {
      const job = await ok(call(fx.sandbox, '/sender-accounts/smtp/bulk', { key: fx.admin(), json: bulkBody('s3-bulk@acme-mail.example') }), 202)
      return { params: { job_id: job['job_id'] as string } }
    },
    check(b, p) {
      expectShape(b, DOC.S3, { nullable: ['started_at', 'completed_at'] })
      expect((b['job'] as Body)['job_id']).toBe(p.params['job_id'])
    }
  },
  {
    id: 'S6', method: 'POST', path: '/sender-accounts/{inbox_id}/test-email', scope: 'sender_accounts:read', status: 200, needsImap: true,
    notFound: { inbox_id: 'Sender account not found' },
    async prepare(fx) {
      // A real inbox when Dovecot runs (S1 checks both sides); otherwise a planted one serves the 401/403/422/404 rows.
      let inboxId = INBOX.read
      if (fx.peers.dovecot) {
        const created = await ok(call(fx.sandbox, '/sender-accounts/smtp', { key: fx.admin(), json: realInboxBody(fx.peers, 's6-test@acme-mail.example') }), 201)
        inboxId = created['inbox_id'] as string
      }
      return { params: { inbox_id: inboxId }, json: { recipient_email: 'prospect@example.com' } }
    },
    async check(b, p, fx) {
      expectShape(b, DOC.S6, { nullable: ['message_id'] })
      expect(b).toMatchObject({ inbox_id: p.params['inbox_id'], inbox_email: 's6-test@acme-mail.example', recipient_email: 'prospect@example.com' })
      const mail = await fx.peers.smtp.waitForMessage((m) => m.to.includes('prospect@example.com'))
      expect(mail.from).toBe('s6-test@acme-mail.example')
    }
  },
  {
    id: 'S7', method: 'POST', path: '/sender-accounts/bulk/delete', scope: 'sender_accounts:delete', status: 202,
    prepare: async () => ({ params: {}, json: { ...DOC.S7_REQUEST, inbox_ids: [UNKNOWN] } }),
    check(b) {
      expectShape(b, DOC.S7)
      expect(b).toMatchObject({ success: true, total: 1 })
    }
  },
  {
    id: 'S8', method: 'GET', path: '/sender-accounts/bulk/delete/{job_id}/progress', scope: 'sender_accounts:read', status: 200,
    plainNotFound: { job_id: 'Bulk job not found' },
    async prepare(fx) {
      const json = { ...DOC.S7_REQUEST, inbox_ids: [UNKNOWN] }
      const job = await ok(call(fx.sandbox, '/sender-accounts/bulk/delete', { key: fx.admin(), json }), 202)
      return { params: { job_id: job['job_id'] as string } }
    },
    check(b, p) {
      // [assume] the S3 envelope; the sandbox adds deleted_count and skipped_count to the job.
      expectShape(b, DOC.S3, { extra: 'any', nullable: ['started_at', 'completed_at'] })
      expect((b['job'] as Body)['job_id']).toBe(p.params['job_id'])
    }
  },
  {
    id: 'S9', method: 'GET', path: '/sender-accounts', scope: 'sender_accounts:read', status: 200,
    prepare: async () => ({ params: {} }),
    check(b) {
      // [assume] `{success, message, inboxes|sender_accounts: [...], pagination}`, items shaped like the S1 response.
      const { success: _s, message: _m, ...inbox } = DOC.S1
      expectShape(b, { success: true, message: '<string>', sender_accounts: [inbox], pagination: DOC.C1.pagination }, { extra: 'after' })
      expect(b['pagination']).toMatchObject({ page: 1, limit: 20 })
      const items = b['sender_accounts'] as Body[]
      expect(items.map((i) => i['inbox_id'])).toEqual(expect.arrayContaining([INBOX.assigned, INBOX.read]))
      for (const i of items) expect(INBOX_STATUSES).toContain(i['overall_status'])
    }
  },
  {
    id: 'S10', method: 'GET', path: '/sender-accounts/{inbox_id}', scope: 'sender_accounts:read', status: 200,
    notFound: { inbox_id: 'Sender account not found' },
    prepare: async () => ({ params: { inbox_id: INBOX.read } }),
    check(b, p) {
      expectShape(b, DOC.S1, { extra: 'after' })
      expect(b['inbox_id']).toBe(p.params['inbox_id'])
      expect(JSON.stringify(b)).not.toMatch(/password|credentials/)
    }
  },
  {
    id: 'S11', method: 'DELETE', path: '/sender-accounts/{inbox_id}', scope: 'sender_accounts:delete', status: 200,
    notFound: { inbox_id: 'Sender account not found' },
    prepare: async () => ({ params: { inbox_id: INBOX.del } }),
    check: (b) => expect(b).toEqual({ success: true, message: 'Sender account deleted successfully', inbox_id: INBOX.del, deleted: true })
  },
  {
    id: 'S12 pause', method: 'POST', path: '/sender-accounts/{inbox_id}/pause', scope: 'sender_accounts:create', status: 200,
    notFound: { inbox_id: 'Sender account not found' },
    prepare: async () => ({ params: { inbox_id: INBOX.pause } }),
    check: (b) => expect(b).toMatchObject({ success: true, inbox_id: INBOX.pause, overall_status: 'PAUSED' })
  },
  {
    id: 'S12 resume', method: 'POST', path: '/sender-accounts/{inbox_id}/resume', scope: 'sender_accounts:create', status: 200,
    notFound: { inbox_id: 'Sender account not found' },
    prepare: async () => ({ params: { inbox_id: INBOX.resume } }),
    check: (b) => expect(b).toMatchObject({ success: true, inbox_id: INBOX.resume, overall_status: 'ACTIVE' })
  },
  {
    id: 'S13', method: 'GET', path: '/sender-accounts/{inbox_id}/health', scope: 'sender_accounts:read', status: 200,
    notFound: { inbox_id: 'Sender account not found' },
    prepare: async () => ({ params: { inbox_id: INBOX.health } }),
    check: (b) => expect(b).toMatchObject({ success: true, inbox_id: INBOX.health, overall_status: 'ACTIVE' })
  },
  {
    id: 'A1', method: 'GET', path: '/analytics/campaigns', scope: 'campaigns:read', status: 200,
    prepare: async () => ({ params: {} }),
    check(b) {
      expectShape(b, DOC.A1)
      for (const c of b['campaigns'] as Body[]) expect(CAMPAIGN_STATUSES).toContain(c['status'])
    }
  },
  {
    id: 'A2', method: 'GET', path: '/analytics/campaigns/timeline', scope: 'campaigns:read', status: 200,
    prepare: async () => ({ params: {} }),
    check(b) {
      expectShape(b, DOC.A2)
      expect([b['success'], b['message']]).toEqual([DOC.A2.success, DOC.A2.message])
      expect((b['timeline'] as Body[]).length).toBe(91)
    }
  }
]

// The S1/S0 201 body: the documented fields exactly, the guide's message, and no credentials.
function expectInboxCreated(b: Body, email: string): void {
  expectShape(b, DOC.S1)
  expect(b).toMatchObject({ message: 'SMTP inbox created successfully', email_address: email, inbox_type: 'CUSTOM_SMTP', daily_limit: 50 })
  expect(INBOX_STATUSES).toContain(b['overall_status'])
  expect(JSON.stringify(b)).not.toMatch(/password|right-pass/)
}

// The path with `{name}` filled from params (URL-encoded).
function pathOf(row: Row, params: Record<string, string>): string {
  return row.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))
}

// Sends a row's request (its JSON body or a fresh form) with the given key and path ids.
function send(fx: Fx, row: Row, p: Prepared, key: string | undefined, params = p.params): Promise<ApiResponse> {
  const path = `${pathOf(row, params)}${p.query ?? ''}`
  if (p.form) return callForm(fx.sandbox, path, p.form(), { key, method: row.method })
  return call(fx.sandbox, path, { key, method: row.method, json: p.json })
}

/**
 * Follows one key's X-RateLimit-* headers across its responses: the documented limit, a remaining count
 * that drops by one per request, and one reset instant (unix seconds, within the next minute).
 */
function rateTracker() {
  let used = 0
  let reset: number | null = null
  return (res: ApiResponse) => {
    used++
    const h = rateHeadersOf(res.headers)
    const now = Date.now() / 1000
    expect(h).toEqual({ limit: PER_MINUTE, remaining: PER_MINUTE - used, reset: reset ?? h.reset })
    expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d{10}$/)
    expect(h.reset).toBeGreaterThanOrEqual(Math.floor(now))
    expect(h.reset).toBeLessThanOrEqual(Math.ceil(now) + 60)
    reset = h.reset
  }
}

// Every JSON answer says so, and its timestamps are ISO-8601 UTC seconds with Z.
function expectJson(res: ApiResponse): void {
  expect(res.headers.get('content-type')).toBe('application/json')
  expect(badTimestamps(res.body)).toEqual([])
}

describe('conformance matrix: every endpoint over HTTP', () => {
  const fx = {} as Fx
  let cleanup: () => Promise<void> = async () => {}

  beforeAll(async () => {
    fx.peers = await startMailPeers()
    const state = seededState(new Date())
    plantInbox(state, { inbox_id: INBOX.assigned, email_address: 'assigned@conformance.example' })
    plantInbox(state, { inbox_id: INBOX.read, email_address: 'read@conformance.example' })
    plantInbox(state, { inbox_id: INBOX.del, email_address: 'delete-me@conformance.example' })
    plantInbox(state, { inbox_id: INBOX.pause, email_address: 'pause-me@conformance.example' })
    plantInbox(state, { inbox_id: INBOX.resume, email_address: 'resume-me@conformance.example', overall_status: 'PAUSED' })
    plantInbox(state, { inbox_id: INBOX.health, email_address: 'health@conformance.example' })
    fx.state = state
    // Documented rate limits (so X-RateLimit-Limit is the documented 100); every check uses a fresh key.
    const started = await startFromState(state, { mail: { trustedCa: [fx.peers.ca] }, tuning: { mailTimeoutMs: 1500, leadRowsPerSecond: 50 } })
    fx.sandbox = started.sandbox
    fx.admin = () => fx.sandbox.issueKey({ scopes: ['*'], name: 'matrix set-up' })
    cleanup = async () => {
      await started.cleanup()
      await fx.peers.stop()
    }
    if (fx.peers.imapSkip) console.warn(`conformance matrix: valid S0/S1/S6 calls skipped: ${fx.peers.imapSkip}`)
  })
  afterAll(() => cleanup())

  it('covers every endpoint of the §2.0 index the sandbox serves', () => {
    expect(ROWS.map((r) => r.id.split(' ')[0])).toEqual([
      'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C6', 'C7', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L6', 'L7',
      'S0', 'S1', 'S2', 'S3', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S12', 'S13', 'A1', 'A2'
    ])
  })

  describe.each(ROWS)('$id $method $path', (row) => {
    let prepared: Prepared
    const probe = { key: '', track: rateTracker() }
    beforeAll(async () => {
      prepared = await row.prepare(fx)
      probe.key = fx.sandbox.issueKey({ scopes: [row.scope], name: `probe ${row.id}` })
    })

    it('401 with the documented bodies for a missing and an unknown key', async () => {
      const missing = await send(fx, row, prepared, undefined)
      expect([missing.status, missing.body]).toEqual([401, DOC_401_MISSING])
      const unknown = await send(fx, row, prepared, `cs_live_${'a1b2c3d4e5'.repeat(4)}`)
      expect([unknown.status, unknown.body]).toEqual([401, DOC_401_INVALID])
    })

    it(`403 naming ${row.scope} for a key with every other G2 scope`, async () => {
      const granted = G2_SCOPES.filter((s) => s !== row.scope)
      const res = await send(fx, row, prepared, fx.sandbox.issueKey({ scopes: granted, name: `all but ${row.scope}` }))
      expect(res.status).toBe(403)
      expect(res.body).toEqual({ detail: `Missing required scopes: ${row.scope}`, error: 'insufficient_scopes', required: [row.scope], granted })
      expect(rateHeadersOf(res.headers)).toMatchObject({ limit: PER_MINUTE, remaining: PER_MINUTE - 1 })
      expectJson(res)
    })

    const uuidParams = Object.keys(row.notFound ?? {})
    if (uuidParams.length > 0) it(`422 value is not a valid uuid at ["path", name] for a malformed ${uuidParams.join(' / ')}`, async () => {
      for (const name of uuidParams) {
        const res = await send(fx, row, prepared, probe.key, { ...prepared.params, [name]: MALFORMED })
        probe.track(res)
        expectJson(res)
        expect([res.status, res.body]).toEqual([422, { detail: [{ loc: ['path', name], msg: 'value is not a valid uuid', type: 'type_error.uuid' }] }])
      }
    })

    const notFound = Object.entries({ ...row.notFound, ...row.plainNotFound })
    if (notFound.length > 0) it(`404 with a string detail for an unknown ${notFound.map(([name]) => name).join(' / ')}`, async () => {
      for (const [name, detail] of notFound) {
        const unknown = row.plainNotFound?.[name] ? 'no-such-job' : UNKNOWN
        const res = await send(fx, row, prepared, probe.key, { ...prepared.params, [name]: unknown })
        probe.track(res)
        expectJson(res)
        expect([res.status, res.body]).toEqual([404, { detail }])
      }
    })

    it(`${row.status} for a valid call with only ${row.scope}: documented body and X-RateLimit-* headers`, async (ctx) => {
      if (row.needsImap && fx.peers.imapSkip) ctx.skip(`needs a real IMAP server: ${fx.peers.imapSkip}`)
      const res = await send(fx, row, prepared, probe.key)
      expect(res.status, JSON.stringify(res.body)).toBe(row.status)
      probe.track(res)
      expectJson(res)
      expect(res.headers.get('retry-after')).toBeNull()
      expect(res.headers.get('x-request-id')).toBeTruthy()
      await row.check(res.body as Body, prepared, fx)
    })
  })
})
