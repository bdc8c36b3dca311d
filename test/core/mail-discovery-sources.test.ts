import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MailDiscoveryResultSchema } from '../../src/shared/contract/mail-discovery'
import { discoverMailSettings, type DiscoverOptions } from '../../src/main/core/mail-discovery/discover-mail-settings'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { startConfigHttpServer, type ConfigHttpServer } from '../support/config-http-server'

const autoconfigXml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- served by the hoster -->
<clientConfig version="1.1">
  <emailProvider id="hoster.test">
    <domain>autoconf.test</domain>
    <displayName>Hoster &amp; Co</displayName>
    <incomingServer type="pop3"><hostname>pop.hoster.test</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
    <incomingServer type="imap">
      <hostname>imap.hoster.test</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.hoster.test</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>`

const ispdbXml = `<clientConfig version="1.1"><emailProvider id="isp.test"><displayName>ISP Mail</displayName>
<incomingServer type="imap"><hostname>imap.isp.test</hostname><port>143</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.isp.test</hostname><port>465</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>`

describe('discoverMailSettings against real local DNS and HTTP', () => {
  let dns: TestDnsServer
  let http: ConfigHttpServer
  let options: DiscoverOptions

  beforeAll(async () => {
    dns = await startDnsServer({
      'workspace.test': { MX: [{ exchange: 'alt1.aspmx.l.google.com', priority: 5 }, { exchange: 'aspmx.l.google.com', priority: 1 }] },
      'm365.test': { MX: [{ exchange: 'm365-test.mail.protection.outlook.com', priority: 0 }] },
      'srv.test': { MX: [{ exchange: 'mx.srv.test', priority: 10 }] },
      '_submissions._tcp.srv.test': { SRV: [{ target: 'mail.srv.test', port: 465 }] },
      '_submission._tcp.srv.test': { SRV: [{ target: 'mail.srv.test', port: 587 }] },
      '_imaps._tcp.srv.test': { SRV: [{ target: 'imap.srv.test', port: 993 }] },
      'autoconf.test': { MX: [{ exchange: 'mx.hoster.test', priority: 10 }] },
      'ispdb.test': { MX: [{ exchange: 'mx.isp.test', priority: 10 }] },
      'both.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] },
      '_submission._tcp.both.test': { SRV: [{ target: 'relay.both.test', port: 587 }] },
      '_imap._tcp.both.test': { SRV: [{ target: 'imap.both.test', port: 143 }] },
      'unknown.test': { MX: [{ exchange: 'mx.unknown.test', priority: 10 }] }
    })
    http = await startConfigHttpServer({
      '/autoconf.test/mail/config-v1.1.xml': autoconfigXml,
      '/ispdb/isp.test': ispdbXml
    })
    options = {
      dnsServers: dns.servers,
      fetchTimeoutMs: 2000,
      autoconfigUrls: (domain, email) => [`${http.baseUrl}/${domain}/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(email)}`],
      ispdbBaseUrl: `${http.baseUrl}/ispdb/`
    }
  })
  afterAll(async () => {
    await dns.close()
    await http.close()
  })

  it('uses the bundled preset for gmail.com without touching the network', async () => {
    const before = dns.queries.length
    const r = await discoverMailSettings('someone@gmail.com', options)
    expect(r).toMatchObject({ source: 'preset', inboxType: 'GOOGLE_WORKSPACE', smtp: { host: 'smtp.gmail.com', port: 587, tls: 'starttls' } })
    expect(dns.queries.length).toBe(before)
    expect(MailDiscoveryResultSchema.parse(r)).toEqual(r)
  })

  it('detects Google Workspace from MX', async () => {
    const r = await discoverMailSettings('ana@workspace.test', options)
    expect(r.source).toBe('mx')
    expect(r.inboxType).toBe('GOOGLE_WORKSPACE')
    expect(r.imap).toMatchObject({ host: 'imap.gmail.com', port: 993, tls: 'implicit', username: 'ana@workspace.test' })
    expect(r.evidence.join(' ')).toContain('aspmx.l.google.com')
    expect(r.warnings).toEqual([])
  })

  it('detects Microsoft 365 from MX and warns when the operator picked Custom SMTP', async () => {
    const r = await discoverMailSettings('bo@m365.test', { ...options, chosenInboxType: 'CUSTOM_SMTP' })
    expect(r).toMatchObject({ source: 'mx', inboxType: 'OUTLOOK_365', provider: 'Microsoft 365', providerId: 'microsoft365', smtp: { host: 'smtp.office365.com', port: 587 } })
    expect(r.warnings.some((w) => /You picked Custom SMTP.*Microsoft 365/.test(w))).toBe(true)
  })

  it('warns when the operator picked Google but MX says Microsoft 365', async () => {
    const r = await discoverMailSettings('bo@m365.test', { ...options, chosenInboxType: 'GOOGLE_WORKSPACE' })
    expect(r.warnings.join(' ')).toMatch(/You picked Google Workspace.*Microsoft 365.*m365-test\.mail\.protection\.outlook\.com/)
  })

  it('uses SRV records, preferring implicit TLS submission', async () => {
    const r = await discoverMailSettings('cy@srv.test', options)
    expect(r.source).toBe('srv')
    expect(r.smtp).toEqual({ host: 'mail.srv.test', port: 465, tls: 'implicit', username: 'cy@srv.test' })
    expect(r.imap).toMatchObject({ host: 'imap.srv.test', port: 993, tls: 'implicit' })
    expect(r.inboxType).toBe('CUSTOM_SMTP')
  })

  it('reads the autoconfig document from the local HTTP server, expanding placeholders', async () => {
    const r = await discoverMailSettings('dee@autoconf.test', options)
    expect(r.source).toBe('autoconfig')
    expect(r.provider).toBe('Hoster & Co')
    expect(r.imap).toEqual({ host: 'imap.hoster.test', port: 993, tls: 'implicit', username: 'dee' })
    expect(r.smtp).toEqual({ host: 'smtp.hoster.test', port: 587, tls: 'starttls', username: 'dee@autoconf.test' })
    expect(http.requests).toContain('/autoconf.test/mail/config-v1.1.xml?emailaddress=dee%40autoconf.test')
  })

  it('falls back to the ISPDB for the MX base domain and sends only domains there', async () => {
    const r = await discoverMailSettings('eve@ispdb.test', options)
    expect(r.source).toBe('ispdb')
    expect(r.smtp).toEqual({ host: 'smtp.isp.test', port: 465, tls: 'implicit', username: 'eve@ispdb.test' })
    expect(r.imap).toMatchObject({ host: 'imap.isp.test', port: 143, tls: 'starttls' })
    const ispdbHits = http.requests.filter((p) => p.startsWith('/ispdb/'))
    expect(ispdbHits).toContain('/ispdb/isp.test')
    expect(ispdbHits.some((p) => p.includes('eve'))).toBe(false)
  })

  it('ranks SRV above MX, lists both candidates and warns that MX disagrees', async () => {
    const r = await discoverMailSettings('hal@both.test', options)
    expect(r.candidates.map((c) => c.source)).toEqual(['srv', 'mx'])
    expect(r.smtp).toMatchObject({ host: 'relay.both.test', port: 587, tls: 'starttls' })
    expect(r.imap).toMatchObject({ host: 'imap.both.test', port: 143, tls: 'starttls' })
    expect(r.warnings.join(' ')).toMatch(/came from srv, but MX aspmx\.l\.google\.com .*Google/)
  })

  it('warns when the operator picked Custom SMTP for a gmail.com address', async () => {
    const r = await discoverMailSettings('x@gmail.com', { ...options, chosenInboxType: 'CUSTOM_SMTP' })
    expect(r.warnings.join(' ')).toMatch(/You picked Custom SMTP, but x@gmail\.com looks like Google/)
  })

  it('stops when cancelled', async () => {
    await expect(discoverMailSettings('ana@workspace.test', { ...options, signal: AbortSignal.abort() })).rejects.toThrow()
  })

  it('guesses with a warning for an unknown domain', async () => {
    const r = await discoverMailSettings('fay@unknown.test', options)
    expect(r.source).toBe('guess')
    expect(r.smtp.host).toBe('mail.unknown.test')
    expect(r.warnings.some((w) => /guess/i.test(w))).toBe(true)
  })

  it('warns about a domain with no MX at all', async () => {
    const r = await discoverMailSettings('gus@nomx.test', options)
    expect(r.warnings.some((w) => /no MX/.test(w))).toBe(true)
  })

  it('rejects something that is not an address', async () => {
    await expect(discoverMailSettings('not-an-address', options)).rejects.toThrow(/not an email address/)
  })
})
