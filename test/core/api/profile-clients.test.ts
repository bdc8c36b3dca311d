import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestBudgetState } from '../../../src/main/core/api/budget/budget-state'
import { ProfileClients } from '../../../src/main/core/api/profile-clients'
import { type SandboxHandle, startSandbox } from '../../../src/sandbox'
import { B } from './support/sandbox-harness'

describe('one client and budget per profile', () => {
  let sandbox: SandboxHandle
  let key: string
  beforeAll(async () => {
    sandbox = await startSandbox({ dataDir: null, seed: false })
    key = sandbox.issueKey({ scopes: ['*'], name: 'profiles' })
  })
  afterAll(async () => {
    await sandbox?.close()
  })

  it('reuses a profile client, keeps budgets apart, starts fresh on a new base URL, and reports state per profile', async () => {
    const states: Array<[string, RequestBudgetState]> = []
    const clients = new ProfileClients({ onBudgetState: (id, s) => states.push([id, s]), budget: { publishIntervalMs: 0 } })
    const getKey = async () => key
    const a = clients.clientFor('a', sandbox.baseUrl, getKey)
    expect(clients.clientFor('a', sandbox.baseUrl, getKey)).toBe(a)
    expect(clients.clientFor('b', sandbox.baseUrl, getKey)).not.toBe(a)
    expect(clients.stateOf('a')?.remaining).toBe(100)
    await a.call('campaigns.list', B.list, { limit: 1 })
    expect(clients.stateOf('a')).toMatchObject({ limit: 100, remaining: 99 })
    expect(clients.stateOf('b')).toMatchObject({ remaining: 100 })
    expect(states.some(([id, s]) => id === 'a' && s.remaining === 99)).toBe(true)
    expect(states.every(([id]) => id === 'a')).toBe(true)
    expect(clients.clientFor('a', `${sandbox.baseUrl}/`, getKey)).not.toBe(a)
    expect(clients.stateOf('a')?.remaining).toBe(100)
    clients.forget('a')
    expect(clients.stateOf('a')).toBeNull()
    clients.dispose()
  })
})
