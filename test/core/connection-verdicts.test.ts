import { describe, expect, it } from 'vitest'
import { testConnection } from '../../src/main/core/profiles/connection-tester'
import { suggestBaseUrl } from '../../src/main/core/profiles/connection-verdicts'
import { CONNECTION_TEST_STATUSES, ConnectionTestResultSchema, type ConnectionTestResult } from '../../src/shared/contract/profiles'
import { CONNECTION_TEST_TEXT } from '../../src/renderer/src/screens/settings/connection-test-text'

// Every "Test connection" status, produced by the real tester over a faked transport, with the
// renderer's title and fix for it: the three must tell the same story.

type Status = ConnectionTestResult['status']
const KEY = `cs_live_${'k'.repeat(40)}`
const REMOTE = 'https://api.example.test/api/public/v1'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })

/** A transport answering GET /campaigns with `first` and every other request with `rest`. */
function server(first: () => Response, rest: () => Response = () => json(404, { detail: 'Campaign not found' })): typeof fetch {
  return async (input) => {
    const request = input instanceof Request ? input : new Request(input)
    return request.method === 'GET' && new URL(request.url).pathname.endsWith('/campaigns') ? first() : rest()
  }
}
const unreachable: typeof fetch = async () => {
  throw refused()
}

const test = (baseUrl: string, transport: typeof fetch, key: string | null = KEY) => testConnection(baseUrl, async () => key, (t) => t, { fetch: transport, timeoutMs: 2_000 })

/** One way to reach each status. */
const SCENARIOS: Record<Status, () => Promise<ConnectionTestResult>> = {
  ok: () => test(REMOTE, server(() => json(200, { success: true, campaigns: [] }))),
  missing_key: () => test(REMOTE, server(() => json(200, { campaigns: [] })), null),
  invalid_key: () => test(REMOTE, server(() => json(401, { detail: 'Invalid or revoked API key' }))),
  missing_scopes: () => test(REMOTE, server(() => json(200, { campaigns: [] }), () => json(403, { detail: 'Missing required scopes: campaigns:create', required: ['campaigns:create'], granted: ['campaigns:read'] }))),
  unreachable: () => test(REMOTE, unreachable),
  local_server_down: () => test('http://127.0.0.1:9/api/public/v1', unreachable),
  not_coldsend_api: () => test('https://api.example.test', server(() => json(404, { detail: 'Not Found' }))),
  server_error: () => test(REMOTE, server(() => json(503, { detail: 'Service Unavailable' }))),
  bad_base_url: () => test('http://api.example.test/api/public/v1', unreachable)
}

/** What the title, the core's message and the fix must each say (and must not) for each status. */
const STORY: Record<Status, { title: RegExp; message: RegExp; fix: RegExp; never?: RegExp }> = {
  ok: { title: /^Connected$/, message: /^Connected to api\.example\.test\. .*every scope/, fix: /ready to use/, never: /lacks|could not|error/i },
  missing_key: { title: /No API key/, message: /No API key/, fix: /Paste a cs_live_ key/ },
  invalid_key: { title: /invalid or revoked/, message: /refused the key: it is wrong, revoked/, fix: /Create a new key/ },
  missing_scopes: { title: /missing scopes/, message: /lacks scopes the console uses\. What will not work: campaigns:create — creating campaigns/, fix: /scopes listed here/ },
  unreachable: { title: /unreachable/, message: /Could not reach .*api\.example\.test/, fix: /network, VPN or proxy/, never: /answered/ },
  local_server_down: { title: /Local server not running/, message: /Nothing answers at 127\.0\.0\.1:9 .*local server is probably not running/, fix: /restart the console|npm run sandbox/, never: /VPN|proxy|answered/ },
  not_coldsend_api: { title: /^Not the ColdSend API$/, message: /answered, but not like the ColdSend API.*try https:\/\/api\.example\.test\/api\/public\/v1\./, fix: /ends with \/api\/public\/v1/, never: /unreachable|network/i },
  server_error: { title: /answered with an error/, message: /answered the test with an error/, fix: /Try the test again/, never: /unreachable|network/i },
  bad_base_url: { title: /Base URL not usable/, message: /must start with https:\/\//, fix: /Use https:\/\//, never: /answered/ }
}

describe('Test connection verdicts: title, message and fix agree for every status', () => {
  it('has a scenario, a title and a fix for every status in the contract', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...CONNECTION_TEST_STATUSES].sort())
    expect(Object.keys(CONNECTION_TEST_TEXT).sort()).toEqual([...CONNECTION_TEST_STATUSES].sort())
  })

  it.each([...CONNECTION_TEST_STATUSES])('%s', async (status) => {
    const result = await SCENARIOS[status]()
    expect(ConnectionTestResultSchema.parse(result).status).toBe(status)
    const { title, fix } = CONNECTION_TEST_TEXT[status]
    const story = STORY[status]
    expect(title).toMatch(story.title)
    expect(result.message).toMatch(story.message)
    expect(fix).toMatch(story.fix)
    if (story.never) for (const text of [title, result.message, fix]) expect(text).not.toMatch(story.never)
    // "Unreachable" headings never sit over "the server answered", and "answered" verdicts never blame the network.
    if (/unreachable|not running/i.test(title)) expect(result.message).not.toMatch(/answered/)
  })

  it('suggests the corrected Base URL when the path lacks /api/public/v1', async () => {
    expect(await SCENARIOS.not_coldsend_api()).toMatchObject({ suggestedBaseUrl: 'https://api.example.test/api/public/v1' })
    expect(suggestBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010/api/public/v1')
    expect(suggestBaseUrl('https://proxy.example/coldsend/')).toBe('https://proxy.example/coldsend/api/public/v1')
    expect(suggestBaseUrl('https://api.coldsend.pro/api/public/v1/campaigns')).toBe('https://api.coldsend.pro/api/public/v1')
    expect(suggestBaseUrl('https://api.coldsend.pro/api/public/v1')).toBeNull()
  })

  it('a server that answers 200 without a campaign list is not the ColdSend API either', async () => {
    const website = server(() => new Response('<html>Welcome</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }))
    expect(await test('https://www.example.test', website)).toMatchObject({ status: 'not_coldsend_api', suggestedBaseUrl: 'https://www.example.test/api/public/v1' })
  })

  it('a probe cut short by a rate limit says which scopes went unchecked', async () => {
    let calls = 0
    const limited = server(() => json(200, { campaigns: [] }), () => (++calls > 2 ? json(429, { detail: 'Rate limit exceeded. Retry after 60 seconds.' }) : json(404, { detail: 'Campaign not found' })))
    const result = await test(REMOTE, limited)
    expect(result.status).toBe('ok')
    expect(result.uncheckedScopes).toEqual(['campaigns:delete', 'campaigns:pause', 'campaigns:activate', 'leads:create', 'leads:delete', 'sender_accounts:create', 'sender_accounts:delete', 'leads:read', 'sender_accounts:read'])
    expect(result.message).toContain('could not be checked')
    expect(result.message).toContain('campaigns:pause — pausing campaigns')
  })
})
