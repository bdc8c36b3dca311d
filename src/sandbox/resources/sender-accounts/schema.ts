import { type ModelValue, type Validator, bool, int, list, model, nullable, optional, refine, required, str, uuid } from '../../validation'
import { invented } from '../../wording'
import { enumeration } from '../campaigns/field-validators'
import { emailAddress } from './email-field'
import { DEFAULT_DAILY_LIMIT, INBOX_TYPES, MAX_DAILY_LIMIT, PROVIDER_PRESETS } from './presets'

const text = () => str({ minLength: 1, maxLength: 255 })
const port = () => int({ ge: 1, le: 65535 })

// S1 body fields in the documented order; `daily_limit` is capped by the provider's maximum.
function smtpInboxShape(maxDailyLimit: number) {
  return {
    email_address: required(emailAddress({ minLength: 5, maxLength: 255 })),
    display_name: required(text()),
    inbox_type: required(enumeration(INBOX_TYPES)),
    smtp_host: required(text()),
    smtp_port: required(port()),
    smtp_username: required(text()),
    smtp_password: required(text()),
    imap_host: required(text()),
    imap_port: required(port()),
    imap_username: required(text()),
    imap_password: required(text()),
    daily_limit: optional(int({ ge: 1, le: maxDailyLimit }), DEFAULT_DAILY_LIMIT),
    smtp_use_tls: optional(bool(), true),
    imap_use_ssl: optional(bool(), true)
  }
}

const anyTypeModel = model(smtpInboxShape(MAX_DAILY_LIMIT))
const perTypeModel = new Map(INBOX_TYPES.map((t) => [t as string, model(smtpInboxShape(PROVIDER_PRESETS[t].maxDailyLimit))]))

/** A validated S1 body (passwords included; they go straight into the sealed credentials). */
export type SmtpInboxInput = ModelValue<ReturnType<typeof smtpInboxShape>>

/**
 * S1/S0 body, one item of S2: like a Pydantic `@validator('daily_limit')` reading `inbox_type`, the
 * limit over the provider maximum is a `value_error.number.not_le` at `daily_limit` with that maximum.
 */
export const smtpInboxModel: Validator<SmtpInboxInput> = (value, loc) => {
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['inbox_type'] : undefined
  const chosen = (typeof type === 'string' && perTypeModel.get(type)) || anyTypeModel
  return chosen(value, loc)
}

/** S2 body: 1–100 inboxes, each item's issues at `["body","inboxes",i,field]`. */
export const bulkSmtpModel = model({ inboxes: required(list(smtpInboxModel, { minItems: 1, maxItems: 100 })) })

/** S7 body: 1–100 UUIDs and an explicit `confirm_deletion: true` (false is a 422 `value_error`). */
export const bulkDeleteModel = model({
  inbox_ids: required(list(uuid(), { minItems: 1, maxItems: 100 })),
  confirm_deletion: required(refine(bool(), (yes) => (yes ? null : invented.confirmDeletionRequired)))
})

/** S6 body. */
export const testEmailModel = model({ recipient_email: required(emailAddress({ minLength: 5, maxLength: 255 })) })

/** S9 query parameters (PaginationMeta conventions of C1). */
export const senderListQueryModel = model({
  page: optional(int({ ge: 1 }), 1),
  limit: optional(int({ ge: 1, le: 100 }), 20),
  status: optional(nullable(str()), null),
  inbox_type: optional(nullable(str()), null),
  search: optional(nullable(str()), null)
})

/** S13 query: `refresh=true` re-runs the real checks. */
export const healthQueryModel = model({ refresh: optional(bool(), false) })
