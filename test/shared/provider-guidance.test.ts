import { describe, expect, it } from 'vitest'
import { PROVIDERS } from '../../src/main/core/mail-discovery/providers'
import { checkedOnLabel, credentialGuidance } from '../../src/shared/provider-guidance'
import { GUIDANCE_ALIASES, GUIDANCE_TABLE } from '../../src/shared/provider-guidance-table'

const NAMED = ['google', 'microsoft365', 'outlook', 'yahoo', 'aol', 'icloud', 'fastmail', 'zoho', 'gmx']

describe('credentialGuidance', () => {
  it('has its own row for every provider the wizard names, each dated and with steps', () => {
    for (const id of NAMED) {
      const g = credentialGuidance({ providerId: id, inboxType: 'CUSTOM_SMTP' })
      expect(g.id, id).toBe(id)
      expect(g.checkedOn, id).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/)
      expect(g.steps.length, id).toBeGreaterThan(1)
      expect(g.summary.length, id).toBeGreaterThan(20)
      for (const link of g.links) expect(link.url, id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/)
    }
  })

  it('keys on the ids the discovery table uses (no row for a provider discovery cannot name)', () => {
    const discoveryIds = new Set(PROVIDERS.map((p) => p.id))
    for (const entry of GUIDANCE_TABLE) expect(discoveryIds.has(entry.id), entry.id).toBe(true)
    for (const alias of Object.keys(GUIDANCE_ALIASES)) expect(discoveryIds.has(alias), alias).toBe(true)
  })

  it('recognises every known provider from the SMTP host discovery would fill in', () => {
    for (const p of PROVIDERS) {
      const expected = GUIDANCE_ALIASES[p.id] ?? p.id
      if (!GUIDANCE_TABLE.some((e) => e.id === expected)) continue
      expect(credentialGuidance({ inboxType: 'CUSTOM_SMTP', smtpHost: p.smtp.host }).id, p.smtp.host).toBe(expected)
    }
  })

  it('says which providers need an app password', () => {
    const needs = NAMED.filter((id) => credentialGuidance({ providerId: id }).needsAppPassword)
    expect(needs).toEqual(['google', 'outlook', 'yahoo', 'aol', 'icloud', 'fastmail'])
  })

  it('falls back on the inbox type when discovery named no provider', () => {
    expect(credentialGuidance({ inboxType: 'GOOGLE_WORKSPACE' }).id).toBe('google')
    expect(credentialGuidance({ inboxType: 'OUTLOOK_365' }).id).toBe('microsoft365')
    expect(credentialGuidance({ inboxType: 'CUSTOM_SMTP' }).id).toBe('generic')
  })

  it('prefers the most specific SMTP host suffix, and the host over the inbox type', () => {
    expect(credentialGuidance({ inboxType: 'OUTLOOK_365', smtpHost: 'smtp-mail.outlook.com' }).id).toBe('outlook')
    expect(credentialGuidance({ inboxType: 'OUTLOOK_365', smtpHost: 'SMTP.Office365.com.' }).id).toBe('microsoft365')
    expect(credentialGuidance({ inboxType: 'CUSTOM_SMTP', smtpHost: 'smtppro.zoho.eu' }).id).toBe('zoho')
    expect(credentialGuidance({ inboxType: 'CUSTOM_SMTP', smtpHost: 'notgmail.com' }).id).toBe('generic')
  })

  it('lets discovery’s id win over the host and type, and maps aliases', () => {
    expect(credentialGuidance({ providerId: 'icloud', inboxType: 'GOOGLE_WORKSPACE', smtpHost: 'smtp.gmail.com' }).id).toBe('icloud')
    expect(credentialGuidance({ providerId: 'gmx-com' }).providerName).toBe('GMX')
  })

  it('gives generic advice for providers without a row, titled with discovery’s name when known', () => {
    const unknown = credentialGuidance({ providerId: 'titan', inboxType: 'CUSTOM_SMTP', smtpHost: 'smtp.titan.email', providerName: 'Titan Mail' })
    expect(unknown.id).toBe('generic')
    expect(unknown.providerName).toBe('Titan Mail')
    expect(unknown.imapPasswordDiffers).toMatch(/IMAP/)
    expect(credentialGuidance({ inboxType: 'CUSTOM_SMTP' }).providerName).toBe('your mail provider')
  })

  it('carries the facts the wizard must state plainly', () => {
    const google = credentialGuidance({ providerId: 'google' })
    expect(google.steps.join(' ')).toMatch(/2-Step Verification/)
    expect(google.steps.join(' ')).toMatch(/16-letter.*spaces/)
    const m365 = credentialGuidance({ providerId: 'microsoft365' })
    expect(m365.needsAppPassword).toBe(false)
    expect(m365.steps.join(' ')).toContain('Set-CASMailbox')
    expect(m365.summary).toMatch(/end of December 2026 Basic authentication/)
    expect(m365.imapPasswordDiffers).toMatch(/IMAP/)
    expect(credentialGuidance({ providerId: 'icloud' }).summary).toMatch(/full iCloud address/)
  })

  it('returns guidance without the table’s host-matching data', () => {
    const g = credentialGuidance({ providerId: 'google' })
    expect('smtpHostSuffixes' in g).toBe(false)
  })
})

describe('checkedOnLabel', () => {
  it('spells out the month', () => {
    expect(checkedOnLabel('2026-12')).toBe('December 2026')
    expect(checkedOnLabel('2026-01')).toBe('January 2026')
  })
  it('keeps anything it cannot read as it is', () => {
    expect(checkedOnLabel('2026-13')).toBe('2026-13')
    expect(checkedOnLabel('late 2026')).toBe('late 2026')
  })
})
