import { describe, expect, it } from 'vitest'
import { inputFromAppError } from '../../../src/main/core/error-log'
import { makeAppError } from '../../../src/main/core/errors/app-error-factory'

describe('inputFromAppError', () => {
  it("keeps a business error's code in extra.code (what groups it), next to the caller's extra", () => {
    const error = makeAppError({ kind: 'business', code: 'campaign_not_modifiable', detail: 'Campaign is ACTIVE', operation: 'campaigns.update', guidance: 'fix-request', message: 'Only drafts can change.', status: 400 })
    expect(inputFromAppError(error).extra).toEqual({ code: 'campaign_not_modifiable' })
    expect(inputFromAppError(error, { extra: { reconciliation: 'none' } }).extra).toEqual({ code: 'campaign_not_modifiable', reconciliation: 'none' })
  })

  it('adds no extra to other kinds', () => {
    const error = makeAppError({ kind: 'server', operation: 'campaigns.list', guidance: 'retry-later', message: 'Internal error', status: 500 })
    expect(inputFromAppError(error)).not.toHaveProperty('extra')
    expect(inputFromAppError(error, { extra: { a: 1 } }).extra).toEqual({ a: 1 })
  })
})
