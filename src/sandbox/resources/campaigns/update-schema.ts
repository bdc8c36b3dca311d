import { type FieldDef, type Validator, bool, datetime, int, list, model, nullable, refine, str, uuid } from '../../validation'
import { type Validated, initialVariantsList, sequencesList } from './content-schema'
import { strMap } from './field-validators'
import { type CampaignLimits, timezoneProblem } from './schema'

// An optional field whose absence stays visible (`undefined`), so "not sent" and "sent as null" differ.
function unset<T>(validator: Validator<T>): FieldDef<T | undefined> {
  return { validator, makeDefault: () => undefined }
}

// C4 request body ("component-based" update): every field optional and nullable, in the documented order.
export function campaignUpdateModel(limits: CampaignLimits) {
  return model({
    name: unset(nullable(str({ minLength: limits.nameMin, maxLength: limits.nameMax }))),
    daily_limit_per_inbox: unset(nullable(int({ ge: 1, le: 100 }))),
    start_date: unset(nullable(datetime())),
    timezone: unset(nullable(refine(str({ maxLength: 100 }), timezoneProblem))),
    sending_days: unset(nullable(list(int({ ge: 1, le: 7 }), { minItems: 1, maxItems: 7 }))),
    sending_window_start: unset(nullable(int({ ge: 0, le: 23 }))),
    sending_window_start_minute: unset(nullable(int({ ge: 0, le: 59 }))),
    sending_window_end: unset(nullable(int({ ge: 1, le: 24 }))),
    sending_window_end_minute: unset(nullable(int({ ge: 0, le: 59 }))),
    enable_tracking: unset(nullable(bool())),
    enable_unsubscribe: unset(nullable(bool())),
    ramp_up_enabled: unset(nullable(bool())),
    ramp_up_increment: unset(nullable(int({ ge: 1 }))),
    ramp_up_max_limit: unset(nullable(int({ ge: 1 }))),
    lead_mapping: unset(nullable(strMap())),
    inbox_ids: unset(nullable(list(uuid(), { minItems: 1 }))),
    variants: unset(nullable(initialVariantsList)),
    sequences: unset(nullable(sequencesList)),
    launch: unset(nullable(bool()))
  })
}

/** A validated C4 body: `undefined` = not sent, `null` = sent as null. */
export type CampaignUpdateInput = Validated<ReturnType<typeof campaignUpdateModel>>
