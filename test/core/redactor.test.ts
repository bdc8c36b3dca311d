import { describe, expect, it } from 'vitest'
import { Redactor } from '../../src/main/core/log/redactor'

describe('Redactor', () => {
  const canary = 'cs_live_CANARYcanary0123456789abcdefghijklmnopq'
  it('removes cs_live_ keys from text', () => {
    expect(new Redactor().text(`key=${canary} done`)).not.toContain('CANARY')
  })
  it('removes remembered secrets that do not look like keys', () => {
    const r = new Redactor()
    r.remember('hunter2-smtp-pass')
    expect(r.text('login with hunter2-smtp-pass failed')).toBe('login with [redacted] failed')
  })
  it('blanks secret-named fields at any depth, including headers', () => {
    const out = JSON.stringify(new Redactor().value({ headers: { 'X-API-Key': 'abc', accept: 'json' }, smtp_password: 'p', nested: [{ imap_password: 'q', token: 't' }] }))
    expect(out).not.toMatch(/"abc"|"p"|"q"|"t"/)
    expect(out).toContain('json')
  })
  it('survives cycles and errors', () => {
    const a: Record<string, unknown> = { name: 'x' }
    a.self = a
    const err = Object.assign(new Error(`boom ${canary}`), { code: 'E1' })
    expect(JSON.stringify(new Redactor().value({ a, err }))).not.toContain('CANARY')
  })
})
