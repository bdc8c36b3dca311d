import { describe, expect, it } from 'vitest'
import { priorityOf, type Priority } from '../../src/main/core/api/priority'
import type { ProfileClients } from '../../src/main/core/api/profile-clients'
import { API_OPERATIONS, createApiHandlers } from '../../src/main/core/handlers/api-handlers'
import { Redactor } from '../../src/main/core/log/redactor'
import type { ProfileService } from '../../src/main/core/profiles/profile-service'
import { operations } from '../../src/shared/contract/operations'

// The API handlers with the profile and its client faked: which priority each call reaches the client with.
function setup() {
  const priorities: Array<[string, Priority | undefined]> = []
  const client = {
    call: async (operation: string, _binding: unknown, _input: unknown, options?: { priority?: Priority }) => {
      priorities.push([operation, options?.priority])
      return { body: { ok: true }, status: 200, requestId: 'r', attempts: 1 }
    }
  }
  const profiles = {
    connection: () => ({ id: 'p1', name: 'Test', baseUrl: 'http://127.0.0.1:1/api/public/v1', getKey: async () => 'k' }),
    noteScopes: () => undefined
  } as unknown as ProfileService
  const clients = { clientFor: () => client } as unknown as ProfileClients
  const handlers = createApiHandlers(profiles, clients, new Redactor())
  return { handlers, priorities }
}

const method = (name: (typeof API_OPERATIONS)[number]) => operations[name].api.method

describe('API handlers: the priority a call is sent at', () => {
  it('a read asked for background goes at background; without the option at its row priority', async () => {
    const { handlers, priorities } = setup()
    await handlers['campaigns.list']({}, { priority: 'background' })
    await handlers['campaigns.list']({}, {})
    await handlers['campaigns.list']({})
    await handlers['leads.uploadStatus']({ campaign_id: 'c', job_id: 'j' }, {})
    expect(priorities).toEqual([
      ['campaigns.list', 'background'],
      ['campaigns.list', 'interactive'],
      ['campaigns.list', 'interactive'],
      ['leads.uploadStatus', 'background']
    ])
  })

  it('a write asked for background is never demoted: it goes at its row priority (interactive)', async () => {
    const { handlers, priorities } = setup()
    await handlers['campaigns.create']({ name: 'x' }, { priority: 'background' })
    await handlers['campaigns.update']({ campaign_id: 'c' }, { priority: 'background' })
    await handlers['campaigns.delete']({ campaign_id: 'c' }, { priority: 'background' })
    await handlers['senders.testEmail']({ inbox_id: 'i' }, { priority: 'background' })
    expect(priorities).toEqual([
      ['campaigns.create', 'interactive'],
      ['campaigns.update', 'interactive'],
      ['campaigns.delete', 'interactive'],
      ['senders.testEmail', 'interactive']
    ])
  })

  it('over every API row: background is honoured exactly for the GET rows', async () => {
    const { handlers, priorities } = setup()
    for (const name of API_OPERATIONS) await handlers[name]({}, { priority: 'background' })
    const expected = API_OPERATIONS.map((name) => [name, method(name) === 'GET' ? 'background' : priorityOf(operations[name])])
    expect(priorities).toEqual(expected)
    // The table has both kinds, so the check above means something.
    expect(new Set(expected.map(([, p]) => p))).toEqual(new Set(['background', 'interactive']))
  })
})
