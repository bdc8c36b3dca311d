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
  it('catches keys glued to other words or carrying - and _', () => {
    const r = new Redactor()
    for (const text of ['xcs_live_AbC-12_z9', 'key_cs_live_Q-w_e', 'CS_LIVE_upper123']) expect(r.text(text)).not.toMatch(/AbC|Q-w|upper123/)
  })
  it('blanks secret values written inside text: name=value, JSON and Python pairs, headers', () => {
    const r = new Redactor()
    const texts = ['password=s3cr3t&user=a', '{"smtp_password":"s3cr3t","user":"a"}', "{'imap_password': 's3cr3t'}", 'X-API-Key: s3cr3t', 'Authorization: Basic s3cr3t']
    for (const text of texts) expect(r.text(text), text).not.toContain('s3cr3t')
    expect(r.text('user=a')).toBe('user=a')
  })
  it('scrubs object keys too, so a secret used as a map key does not survive', () => {
    const r = new Redactor()
    r.remember('plain-looking-secret')
    expect(JSON.stringify(r.value({ 'plain-looking-secret': 1, [`${canary}`]: 2 }))).not.toMatch(/plain-looking-secret|CANARY/)
  })
  it('remembers a cs_live_ key without its prefix too: an echo of the body alone is caught', () => {
    const r = new Redactor()
    r.remember(canary)
    const body = canary.slice('cs_live_'.length)
    expect(r.text(`Invalid key ${body}`)).toBe('Invalid key [redacted]')
    expect(r.secretValues(`X-Request-ID: ${body}`)).toBe('X-Request-ID: [redacted]')
  })
  it('scrubs outgoing data structure-preservingly: secrets only, prose, field names and long lists kept', () => {
    const r = new Redactor()
    r.remember('smtp-pass-canary-77')
    r.remember(canary)
    const body = canary.slice('cs_live_'.length)
    const value = {
      campaigns: Array.from({ length: 500 }, (_, i) => ({ name: i === 7 ? `Echo ${body}` : `c${i}`, password_hint: 'Your password: see email', token_count: 3 })),
      note: 'login smtp-pass-canary-77 failed',
      bytes: new Uint8Array([1, 2, 3])
    }
    const out = r.outgoing(value)
    expect(out.campaigns).toHaveLength(500)
    expect(out.campaigns[7]!.name).toBe('Echo [redacted]')
    expect(out.campaigns[0]).toEqual({ name: 'c0', password_hint: 'Your password: see email', token_count: 3 })
    expect(out.note).toBe('login [redacted] failed')
    expect(out.bytes).toBe(value.bytes)
    expect(JSON.stringify(out)).not.toMatch(/CANARY|smtp-pass-canary/)
  })
})
