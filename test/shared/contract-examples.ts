import type { ApiOperationName, OpInput } from '../../src/shared/contract/operations'

/** A documented UUID used in the API notes' schema examples. */
export const DOC_UUID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'

/** One valid input per API operation (shapes only; the ids need not exist anywhere). */
export const VALID_INPUTS: { [N in ApiOperationName]: OpInput<N> } = {
  'campaigns.list': { page: 1, limit: 20, status: 'ACTIVE', search: 'q1', sort_by: 'created_at', sort_order: 'desc', days: 30 },
  'campaigns.create': { name: 'Q1 Product Launch Outreach', daily_limit_per_inbox: 30, ramp_up_enabled: true, ramp_up_increment: 50, ramp_up_max_limit: 500 },
  'campaigns.get': { campaign_id: DOC_UUID },
  'campaigns.update': {
    campaign_id: DOC_UUID,
    name: 'Q1 Product Launch Outreach',
    inbox_ids: [DOC_UUID],
    variants: [
      { subject_template: 'Quick question, {{first_name}}', email_content: 'Hi {{first_name}}, ...', variant_name: 'A', distribution_percent: 50 },
      { subject_template: 'Idea for {{company}}', email_content: 'Hello {{first_name}}, ...', variant_name: 'B', variant_label: 'Short', distribution_percent: 50 }
    ],
    sequences: [
      { step_number: 2, trigger_type: 'NOT_REPLIED', wait_days: 3, variants: [{ email_content: 'Just bumping this up.' }] },
      { step_number: 3, trigger_type: 'NOT_OPENED', wait_days: 5, enable_unsubscribe: null, variants: [{ email_content: 'Last note from me.', subject_template: 'Closing the loop' }] }
    ],
    lead_mapping: { email: 'email', first_name: 'first_name' },
    launch: false
  },
  'campaigns.pause': { campaign_id: DOC_UUID },
  'campaigns.activate': { campaign_id: DOC_UUID },
  'campaigns.resume': { campaign_id: DOC_UUID },
  'campaigns.delete': { campaign_id: DOC_UUID },
  'leads.add': { campaign_id: DOC_UUID, email: 'jane@acme.example', first_name: 'Jane', last_name: null, company: 'Acme', custom_fields: { job_title: 'CTO' } },
  'leads.list': { campaign_id: DOC_UUID, page: 1, limit: 50, status: 'PENDING', search: 'jane' },
  'leads.get': { campaign_id: DOC_UUID, lead_id: DOC_UUID },
  'leads.delete': { campaign_id: DOC_UUID, lead_id: DOC_UUID },
  'leads.bulkDelete': { campaign_id: DOC_UUID, lead_ids: [DOC_UUID] },
  'leads.stats': { campaign_id: DOC_UUID },
  'leads.upload': {
    campaign_id: DOC_UUID,
    csv: new TextEncoder().encode('Email,First Name\njane@acme.example,Jane\n'),
    file_name: 'leads.csv',
    mapping: { email: 'Email', first_name: 'First Name' }
  },
  'leads.uploadStatus': { campaign_id: DOC_UUID, job_id: DOC_UUID },
  'senders.create': {
    email_address: 'outreach@company.com',
    display_name: 'Outreach Team',
    inbox_type: 'GOOGLE_WORKSPACE',
    smtp_host: 'smtp.gmail.com',
    smtp_port: 587,
    smtp_username: 'outreach@company.com',
    smtp_password: 'abcd efgh ijkl mnop',
    imap_host: 'imap.gmail.com',
    imap_port: 993,
    imap_username: 'outreach@company.com',
    imap_password: 'abcd efgh ijkl mnop',
    daily_limit: 100,
    smtp_use_tls: true,
    imap_use_ssl: true
  },
  'senders.bulkCreate': {
    inboxes: [
      {
        email_address: 'sales@company.com',
        display_name: 'Sales',
        inbox_type: 'CUSTOM_SMTP',
        smtp_host: 'mail.company.com',
        smtp_port: 465,
        smtp_username: 'sales@company.com',
        smtp_password: 'secret-1',
        imap_host: 'mail.company.com',
        imap_port: 993,
        imap_username: 'sales@company.com',
        imap_password: 'secret-1'
      }
    ]
  },
  'senders.bulkCreateStatus': { job_id: 'job_123' },
  'senders.list': { page: 2, limit: 100, status: 'ACTIVE', inbox_type: 'CUSTOM_SMTP', search: 'sales' },
  'senders.get': { inbox_id: DOC_UUID },
  'senders.delete': { inbox_id: DOC_UUID },
  'senders.bulkDelete': { inbox_ids: [DOC_UUID], confirm_deletion: true },
  'senders.bulkDeleteStatus': { job_id: 'job_456' },
  'senders.pause': { inbox_id: DOC_UUID },
  'senders.resume': { inbox_id: DOC_UUID },
  'senders.testEmail': { inbox_id: DOC_UUID, recipient_email: 'qa@company.com' },
  'senders.health': { inbox_id: DOC_UUID, refresh: true },
  'analytics.campaigns': { status: 'COMPLETED', from_date: '2024-01-01', to_date: '2024-03-31' },
  'analytics.timeline': { from_date: '2024-01-01', to_date: '2024-01-31' }
}
