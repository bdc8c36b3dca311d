import { describe, expect, it } from 'vitest'
import { businessCode, fingerprintOf, normaliseText, TITLE_MAX } from '../../../src/main/core/error-log/fingerprint'

const base = { operation: 'campaigns.get', kind: 'not_found', status: 404, message: 'Campaign not found.' }

describe('normaliseText', () => {
  it('replaces UUIDs, hex and prefixed ids, numbers, e-mails and quoted values with placeholders', () => {
    expect(normaliseText('Campaign 3c90c3cc-0d44-4b50-8888-8dd25736052a not found')).toBe('Campaign <uuid> not found')
    expect(normaliseText('Lead ann.lee+q4@prospect.example already exists')).toBe('Lead <email> already exists')
    expect(normaliseText('Object deadbeef0123 and cmp_7Hq2x9 and req-1a2b3c failed')).toBe('Object <id> and <id> and <id> failed')
    expect(normaliseText('Expected 100 but got 42.5 after 3 tries')).toBe('Expected <n> but got <n> after <n> tries')
    expect(normaliseText('Name "Q4 launch" is taken; status \'ACTIVE\' blocks it')).toBe('Name "<str>" is taken; status \'<str>\' blocks it')
  })

  it('leaves apostrophes, plain words and short codes alone and collapses whitespace', () => {
    expect(normaliseText("  Can't launch:\n\tthe campaign isn't ready  ")).toBe("Can't launch: the campaign isn't ready")
    expect(normaliseText('Field required')).toBe('Field required')
  })

  it('trims to the title length', () => {
    expect(normaliseText('word '.repeat(200))).toHaveLength(TITLE_MAX)
  })
})

describe('fingerprintOf', () => {
  it('gives the same fingerprint to failures that differ only in ids, e-mails and numbers', () => {
    const a = fingerprintOf({ ...base, detail: 'Campaign 3c90c3cc-0d44-4b50-8888-8dd25736052a not found (lead a@x.example, row 7)' })
    const b = fingerprintOf({ ...base, detail: 'Campaign 11111111-2222-4333-8444-555555555555 not found (lead bob@y.example, row 12)' })
    expect(a).toEqual(b)
    expect(a.title).toBe('Campaign <uuid> not found (lead <email>, row <n>)')
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/)
  })

  it('keeps apart different operations, kinds, statuses, business codes and texts', () => {
    const fp = (o: object) => fingerprintOf({ ...base, ...o }).fingerprint
    const all = [
      fp({}),
      fp({ operation: 'leads.get' }),
      fp({ kind: 'server' }),
      fp({ status: 410 }),
      fp({ status: undefined }),
      fp({ message: 'Lead not found.' }),
      fp({ kind: 'business', status: 400, extra: { code: 'campaign_not_draft' } }),
      fp({ kind: 'business', status: 400, extra: { code: 'launch_requirements_missing' } })
    ]
    expect(new Set(all).size).toBe(all.length)
  })

  it('groups business errors by their code, whatever the status', () => {
    const a = fingerprintOf({ ...base, kind: 'business', status: 400, extra: { code: 'campaign_not_draft' } })
    const b = fingerprintOf({ ...base, kind: 'business', status: 409, extra: { code: 'campaign_not_draft' } })
    expect(a.fingerprint).toBe(b.fingerprint)
  })

  it('uses the detail when there is one, the message otherwise', () => {
    expect(fingerprintOf({ ...base, detail: 'Campaign Not Found' }).title).toBe('Campaign Not Found')
    expect(fingerprintOf(base).title).toBe('Campaign not found.')
  })

  it('reads only a non-empty string code', () => {
    expect(businessCode({ extra: { code: 'inbox_in_use' } })).toBe('inbox_in_use')
    expect(businessCode({ extra: { code: 7 } })).toBeUndefined()
    expect(businessCode({ extra: { code: '' } })).toBeUndefined()
    expect(businessCode({})).toBeUndefined()
  })
})
