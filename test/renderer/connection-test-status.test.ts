// @vitest-environment jsdom
import { createElement } from 'react'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectionTestResult } from '../../src/shared/contract/profiles'
import { ConnectionTestStatus } from '../../src/renderer/src/screens/settings/ConnectionTestStatus'
import { keyStatusText } from '../../src/renderer/src/screens/settings/key-status'

afterEach(cleanup)

const result = (overrides: Partial<ConnectionTestResult>): ConnectionTestResult => ({
  status: 'ok', message: 'Connected to api.coldsend.pro. The key is accepted and has every scope the console uses.', missingScopes: [], grantedScopes: null,
  uncheckedScopes: [], suggestedBaseUrl: null, checkedAt: '2025-01-15T10:30:00Z', ...overrides
})
const show = (r: ConnectionTestResult) => render(createElement(ConnectionTestStatus, { state: { phase: 'done', result: r } }))

describe('ConnectionTestStatus', () => {
  it('names what will not work for each missing scope, from the shared table', () => {
    show(result({ status: 'missing_scopes', message: 'The key is valid but lacks scopes …', missingScopes: ['campaigns:create', 'leads:delete'], grantedScopes: ['campaigns:read', 'leads:read'] }))
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('API key is missing scopes')
    expect(status.textContent).toContain('What will not work:')
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['campaigns:create — creating campaigns', 'leads:delete — deleting leads'])
    expect(status.textContent).toContain('Granted scopes: campaigns:read, leads:read')
    expect(status.textContent).not.toContain('ready to use')
  })

  it('keeps "Connected" for a key with everything', () => {
    show(result({}))
    expect(screen.getByRole('status').textContent).toContain('Connected')
    expect(screen.getByRole('status').textContent).toContain('The key works; this profile is ready to use.')
    expect(screen.queryByText('What will not work:')).toBeNull()
  })

  it('says "Not the ColdSend API", not "Server unreachable", when something else answered', () => {
    show(result({ status: 'not_coldsend_api', message: 'The server at 127.0.0.1:4010 answered, but not like the ColdSend API (HTTP 404 for GET /campaigns). The ColdSend API address ends with /api/public/v1: try http://127.0.0.1:4010/api/public/v1.', suggestedBaseUrl: 'http://127.0.0.1:4010/api/public/v1' }))
    const text = screen.getByRole('status').textContent ?? ''
    expect(text).toContain('Not the ColdSend API')
    expect(text).toContain('http://127.0.0.1:4010/api/public/v1')
    expect(text).not.toMatch(/unreachable/i)
  })

  it('for a local server that is down, says to start it rather than to check the network', () => {
    show(result({ status: 'local_server_down', message: 'Nothing answers at 127.0.0.1:4010 (ECONNREFUSED): the local server is probably not running.' }))
    const text = screen.getByRole('status').textContent ?? ''
    expect(text).toContain('Local server not running')
    expect(text).toContain('restart the console')
    expect(text).not.toMatch(/VPN|proxy/)
  })
})

describe('key status text', () => {
  it('tells a key lost with the memory-only store from no key at all', () => {
    expect(keyStatusText({ configured: false, last4: null, backend: null })).toBe('No key')
    expect(keyStatusText({ configured: false, last4: null, backend: null, lost: 'memory' })).toBe(
      'The key was kept in memory only and was lost when the console closed — enter it again, or allow storing keys in a file with weaker protection (below) to keep it.')
    expect(keyStatusText({ configured: true, last4: '1234', backend: 'keyring' })).toBe('Key •••• 1234 stored in the OS keyring')
  })
})
