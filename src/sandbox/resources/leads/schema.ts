import { int, list, model, nullable, optional, required, str, uuid } from '../../validation'
import { emailStr, strDict } from './validators'

// L3 body ("add a single lead"), fields in the documented order; custom_fields may be null (read as {}).
export const manualLeadModel = model({
  email: required(emailStr()),
  first_name: optional(nullable(str()), null),
  last_name: optional(nullable(str()), null),
  company: optional(nullable(str()), null),
  custom_fields: optional(nullable(strDict()), {})
})

// L5 query: the documented pagination plus status and search filters; values arrive as strings.
export const leadListQueryModel = model({
  page: optional(int({ ge: 1 }), 1),
  limit: optional(int({ ge: 1, le: 100 }), 20),
  status: optional(nullable(str()), null),
  search: optional(nullable(str()), null)
})

/** Most lead IDs one bulk delete accepts (mirrors the documented 100-item bulk sender-account delete). */
export const BULK_DELETE_MAX = 100

// L6 bulk body: `{"lead_ids": [uuid, …]}`, 1–100 items.
export const bulkDeleteModel = model({
  lead_ids: required(list(uuid(), { minItems: 1, maxItems: BULK_DELETE_MAX }))
})
