import type { ErrorLogRecord } from '../../../src/shared/contract/error-log'

/** A fake ColdSend key: it must never reach the screen's report or the clipboard. */
export const KEY_CANARY = 'cs_live_CANARYabcdefghijklmnop1234'

/** A validation failure of `campaigns.update` as the core records it, unless overridden. */
export function errorRecord(overrides: Partial<ErrorLogRecord> = {}): ErrorLogRecord {
  return {
    v: 1,
    id: 'rec-1',
    time: '2026-03-01T09:15:00.000Z',
    profileId: 'p1',
    profileName: 'Production',
    operation: 'campaigns.update',
    method: 'PATCH',
    path: '/campaigns/{campaign_id}',
    status: 422,
    kind: 'validation',
    message: 'ColdSend refused 1 field.',
    detail: 'Subject must not be empty',
    issues: [{ loc: ['body', 'sequences', 0, 'subject'], path: 'sequences.0.subject', msg: 'Field required' }],
    requestId: 'req-abc-42',
    durationMs: 1234,
    attempts: 2,
    guidance: 'fix-fields',
    ...overrides
  }
}
