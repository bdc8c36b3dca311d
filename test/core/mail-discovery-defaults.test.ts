import { describe, expect, it } from 'vitest'
import { expandPlaceholders } from '../../src/main/core/mail-discovery/autoconfig-reader'
import { baseDomain } from '../../src/main/core/mail-discovery/base-domain'
import { providerByMxHost, providerBySmtpHost } from '../../src/main/core/mail-discovery/providers'
import { DEFAULT_ISPDB_BASE_URL, defaultAutoconfigUrls } from '../../src/main/core/mail-discovery/source-autoconfig'

describe('production defaults and small helpers', () => {
  it("uses Thunderbird's autoconfig URLs, HTTPS first, with the address as emailaddress=", () => {
    expect(defaultAutoconfigUrls('example.com', 'a+b@example.com')).toEqual([
      'https://autoconfig.example.com/mail/config-v1.1.xml?emailaddress=a%2Bb%40example.com',
      'https://example.com/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=a%2Bb%40example.com',
      'http://autoconfig.example.com/mail/config-v1.1.xml?emailaddress=a%2Bb%40example.com',
      'http://example.com/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=a%2Bb%40example.com'
    ])
    expect(DEFAULT_ISPDB_BASE_URL).toBe('https://live.thunderbird.net/autoconfig/v1.1/')
  })

  it('expands all three placeholders', () => {
    expect(expandPlaceholders('%EMAILLOCALPART%|%EMAILADDRESS%|%EMAILDOMAIN%', 'jo@ex.org')).toBe('jo|jo@ex.org|ex.org')
  })

  it('tells Microsoft 365 from Outlook.com by MX, and Zoho by regional MX', () => {
    expect(providerByMxHost('contoso-com.mail.protection.outlook.com')?.id).toBe('microsoft365')
    expect(providerByMxHost('eur.olc.protection.outlook.com')?.id).toBe('outlook')
    expect(providerByMxHost('mx.zoho.eu')?.id).toBe('zoho')
    expect(providerByMxHost('evilgoogle.com')).toBeUndefined()
    expect(providerBySmtpHost('smtp.office365.com')?.spfIncludes).toEqual(['spf.protection.outlook.com'])
  })

  it('approximates the registrable domain of an MX host', () => {
    expect(baseDomain('mx01.mail.example.co.uk')).toBe('example.co.uk')
    expect(baseDomain('mx.kundenserver.de.')).toBe('kundenserver.de')
  })
})
