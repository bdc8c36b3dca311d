import { op } from './operation-spec'
import {
  SenderBulkCreateInputSchema,
  SenderBulkCreateStartedSchema,
  SenderBulkDeleteInputSchema,
  SenderBulkDeleteStartedSchema,
  SenderCreateInputSchema,
  SenderDeletedSchema,
  SenderHealthInputSchema,
  SenderHealthSchema,
  SenderIdInputSchema,
  SenderJobInputSchema,
  SenderJobProgressSchema,
  SenderListInputSchema,
  SenderListOutputSchema,
  SenderSchema,
  SenderStatusChangedSchema,
  SenderTestEmailInputSchema,
  SenderTestEmailSentSchema
} from './senders'

/**
 * Sender-account rows of the contract (S1–S3, S6–S13). The two bulk-job progress polls are not
 * interactive: they run in the background behind a progress bar, wait out a rate limit instead of
 * failing, and are what the request budget delays first.
 */
export const senderOperations = {
  /** S1: the server really connects to SMTP and IMAP before answering (400 "connection failed", 409 exists). */
  'senders.create': op({
    input: SenderCreateInputSchema,
    output: SenderSchema,
    api: { method: 'POST', path: '/sender-accounts/smtp', scope: 'sender_accounts:create' },
    interactive: true
  }),
  'senders.bulkCreate': op({
    input: SenderBulkCreateInputSchema,
    output: SenderBulkCreateStartedSchema,
    api: { method: 'POST', path: '/sender-accounts/smtp/bulk', scope: 'sender_accounts:create' },
    interactive: true
  }),
  'senders.bulkCreateStatus': op({
    input: SenderJobInputSchema,
    output: SenderJobProgressSchema,
    api: { method: 'GET', path: '/sender-accounts/smtp/bulk/{job_id}/progress', scope: 'sender_accounts:read' },
    interactive: false
  }),
  'senders.list': op({
    input: SenderListInputSchema,
    output: SenderListOutputSchema,
    api: { method: 'GET', path: '/sender-accounts', scope: 'sender_accounts:read' },
    interactive: true
  }),
  'senders.get': op({
    input: SenderIdInputSchema,
    output: SenderSchema,
    api: { method: 'GET', path: '/sender-accounts/{inbox_id}', scope: 'sender_accounts:read' },
    interactive: true
  }),
  /** 400 "in use" while a campaign uses the inbox. */
  'senders.delete': op({
    input: SenderIdInputSchema,
    output: SenderDeletedSchema,
    api: { method: 'DELETE', path: '/sender-accounts/{inbox_id}', scope: 'sender_accounts:delete' },
    interactive: true
  }),
  /** S7: inboxes used by campaigns are skipped, not refused. */
  'senders.bulkDelete': op({
    input: SenderBulkDeleteInputSchema,
    output: SenderBulkDeleteStartedSchema,
    api: { method: 'POST', path: '/sender-accounts/bulk/delete', scope: 'sender_accounts:delete' },
    interactive: true
  }),
  'senders.bulkDeleteStatus': op({
    input: SenderJobInputSchema,
    output: SenderJobProgressSchema,
    api: { method: 'GET', path: '/sender-accounts/bulk/delete/{job_id}/progress', scope: 'sender_accounts:read' },
    interactive: false
  }),
  /** No scope is documented for pause/resume; the sandbox asks `sender_accounts:create` (`:all` covers it too). */
  'senders.pause': op({
    input: SenderIdInputSchema,
    output: SenderStatusChangedSchema,
    api: { method: 'POST', path: '/sender-accounts/{inbox_id}/pause', scope: 'sender_accounts:create' },
    interactive: true
  }),
  'senders.resume': op({
    input: SenderIdInputSchema,
    output: SenderStatusChangedSchema,
    api: { method: 'POST', path: '/sender-accounts/{inbox_id}/resume', scope: 'sender_accounts:create' },
    interactive: true
  }),
  /** The docs mark the scope "read?"; the message really goes out through the inbox's SMTP server. */
  'senders.testEmail': op({
    input: SenderTestEmailInputSchema,
    output: SenderTestEmailSentSchema,
    api: { method: 'POST', path: '/sender-accounts/{inbox_id}/test-email', scope: 'sender_accounts:read' },
    interactive: true
  }),
  /** `refresh: true` re-runs the real checks (slow); without it the last results come back. */
  'senders.health': op({
    input: SenderHealthInputSchema,
    output: SenderHealthSchema,
    api: { method: 'GET', path: '/sender-accounts/{inbox_id}/health', scope: 'sender_accounts:read' },
    interactive: true
  })
} as const
