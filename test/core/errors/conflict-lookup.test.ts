import { describe, expect, it } from 'vitest'
import { attachExisting, summariseExisting } from '../../../src/main/core/errors/conflict-lookup'
import { AppErrorSchema } from '../../../src/shared/contract/app-error'
import { DOC_SENDER_EXISTS, json } from './api-error-bodies'
import { mapResponse } from './map-helper'

describe('conflict lookup', () => {
  it('attaches only the identifying fields of the looked-up inbox', () => {
    const conflict = mapResponse(409, json(DOC_SENDER_EXISTS), { operation: 'senders.create' })
    const record = { inbox_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', email_address: 'outreach@company.com', display_name: 'Outreach', overall_status: 'ACTIVE', smtp_username: 'u', smtp_password: 'p', nested: { a: 1 } }
    const withExisting = attachExisting(conflict, record)
    expect(withExisting).toMatchObject({ kind: 'conflict', existing: { id: '3c90c3cc-0d44-4b50-8888-8dd25736052a', email: 'outreach@company.com', name: 'Outreach', status: 'ACTIVE' } })
    expect(AppErrorSchema.safeParse(withExisting).success).toBe(true)
    expect(JSON.stringify(withExisting)).not.toContain('smtp_')
  })
  it('leaves other kinds and useless records alone', () => {
    const notConflict = mapResponse(404, null)
    expect(attachExisting(notConflict, { email: 'a@b.co' })).toBe(notConflict)
    expect(summariseExisting({ x: 1 })).toBeNull()
    expect(summariseExisting('nope')).toBeNull()
  })
})
