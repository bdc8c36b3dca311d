import { describe, expect, it } from 'vitest'
import { ConnectionTestInputSchema, KEY_OR_LATER_MESSAGE, ProfileRemoveInputSchema, ProfileSaveInputSchema } from '../../src/shared/contract/profiles'
import { apiKeyProblem, isApiKeyShaped } from '../../src/shared/rules'

const GOOD = `cs_live_${'a1B2_c3-D4'.repeat(4)}`
const URL = 'https://api.coldsend.pro/api/public/v1'

describe('the API key format rule (shared by the contract and the renderer)', () => {
  it('accepts cs_live_ + 20–200 of [A-Za-z0-9_-], after trimming', () => {
    for (const key of [GOOD, `  ${GOOD}\n`, `cs_live_${'x'.repeat(20)}`, `cs_live_${'x'.repeat(200)}`, 'cs_live_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0']) {
      expect(apiKeyProblem(key), key).toBeNull()
      expect(isApiKeyShaped(key)).toBe(true)
    }
  })

  it.each([
    ['not-a-key', /^A ColdSend API key starts with cs_live_ — this looks like something else \(9 characters/],
    ['https://api.coldsend.pro/api/public/v1', /this looks like a web address/],
    ['ops@company.example', /this looks like an email address/],
    ['X-API-Key: cs_live_aaaaaaaaaaaaaaaaaaaaaaaa', /more than one value|whole header line/],
    ['Bearercs_live_aaaaaaaaaaaaaaaaaaaaaaaa', /header line|before cs_live_/],
    ['cs_test_aaaaaaaaaaaaaaaaaaaaaaaa', /another kind of key/],
    ['cs_live_short', /too short: .*at least 20 characters \(this one has 5\)/],
    [`cs_live_${'x'.repeat(201)}`, /too long/],
    ['cs_live_aaaaaaaaaa.aaaaaaaaaaaaaaa', /characters a ColdSend key never has/],
    ['cs_live_aaaaaaaaaa aaaaaaaaaaaaaaa', /no spaces or line breaks/],
    ['', /empty\. Paste a cs_live_ key, or choose to add the key later/]
  ])('says what is wrong with %j, without echoing it', (key, wording) => {
    const problem = apiKeyProblem(key)
    expect(problem).toMatch(wording)
    if (key.length > 8) expect(problem).not.toContain(key.trim())
    expect(isApiKeyShaped(key)).toBe(false)
  })
})

describe('profiles.save / profiles.test / profiles.remove inputs', () => {
  const issues = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown) =>
    schema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? []

  it('refuses a key that is not a key, on apiKey, without echoing it', () => {
    const found = issues(ProfileSaveInputSchema, { name: 'Prod', baseUrl: URL, apiKey: 'not-a-key' })
    expect(found).toEqual([{ path: 'apiKey', message: expect.stringMatching(/^A ColdSend API key starts with cs_live_ — this looks like/) }])
    expect(found[0]!.message).not.toContain('not-a-key')
    expect(issues(ProfileSaveInputSchema, { name: 'Prod', baseUrl: URL, apiKey: '' })[0]?.path).toBe('apiKey')
    expect(ProfileSaveInputSchema.parse({ name: 'Prod', baseUrl: URL, apiKey: ` ${GOOD} ` }).apiKey).toBe(GOOD)
  })

  it('a new profile needs a key or the explicit choice to add it later; an edit keeps the stored key', () => {
    expect(issues(ProfileSaveInputSchema, { name: 'Prod', baseUrl: URL })).toEqual([{ path: 'apiKey', message: KEY_OR_LATER_MESSAGE }])
    expect(KEY_OR_LATER_MESSAGE).toBe('Paste a cs_live_ key, or choose to add the key later.')
    expect(issues(ProfileSaveInputSchema, { name: 'Prod', baseUrl: URL, withoutKey: true })).toEqual([])
    expect(issues(ProfileSaveInputSchema, { id: 'p1', name: 'Prod', baseUrl: URL })).toEqual([])
    expect(issues(ProfileSaveInputSchema, { name: 'Prod', baseUrl: URL, apiKey: GOOD, withoutKey: true })[0]?.path).toBe('apiKey')
    expect(ProfileSaveInputSchema.safeParse({ name: 'Prod', baseUrl: URL, withoutKey: false }).success).toBe(false)
  })

  it('drafts under test get the same key check', () => {
    expect(ConnectionTestInputSchema.safeParse({ baseUrl: URL, apiKey: 'not-a-key' }).success).toBe(false)
    expect(ConnectionTestInputSchema.safeParse({ baseUrl: URL, apiKey: GOOD }).success).toBe(true)
    expect(ConnectionTestInputSchema.safeParse({ baseUrl: URL }).success).toBe(true)
  })

  it('removal takes the next active profile: an id, null for none, or nothing', () => {
    for (const nextActiveId of ['p2', null, undefined]) expect(ProfileRemoveInputSchema.safeParse({ id: 'p1', nextActiveId }).success).toBe(true)
    expect(ProfileRemoveInputSchema.safeParse({ id: 'p1', nextActiveId: '' }).success).toBe(false)
  })
})
