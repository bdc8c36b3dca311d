import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliverabilityReportSchema, type DeliverabilityItem } from '../../src/shared/contract/mail-discovery'
import { checkDeliverability } from '../../src/main/core/mail-discovery/deliverability/check-deliverability'
import { startDnsServer, type TestDnsServer, type Zone } from '../support/dns-server'

const googleMx = { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }] }
const dkimGoogle = { TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'] }

// n0 … n10: ten nested includes; with include:n0 and include:_spf.google.com at the top that is 12 lookups.
const chain: Zone = {}
for (let i = 0; i < 11; i++) chain[`n${i}.chain.test`] = { TXT: [i < 10 ? `v=spf1 include:n${i + 1}.chain.test -all` : 'v=spf1 ip4:192.0.2.9 -all'] }

const zone: Zone = {
  ...chain,
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'good.test': { ...googleMx, TXT: ['v=spf1 include:_spf.google.com ~all', 'google-site-verification=abc'] },
  '_dmarc.good.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@good.test'] },
  'google._domainkey.good.test': dkimGoogle,
  'nospf.test': { TXT: ['hello'] },
  'plusall.test': { ...googleMx, TXT: ['v=spf1 include:_spf.google.com +all'] },
  '_dmarc.plusall.test': { TXT: ['v=DMARC1; p=none; rua=mailto:d@plusall.test'] },
  'many.test': { ...googleMx, TXT: ['v=spf1 include:_spf.google.com include:n0.chain.test ~all'] },
  'two.test': { ...googleMx, TXT: ['v=spf1 -all', 'v=spf1 include:_spf.google.com ~all'] },
  'wrongprov.test': { MX: [{ exchange: 'wrongprov-test.mail.protection.outlook.com', priority: 0 }], TXT: ['v=spf1 include:_spf.google.com -all'] },
  'ownhost.test': { MX: [{ exchange: 'mx.ownhost.test', priority: 10 }], TXT: ['v=spf1 mx a:relay.ownhost.test/28 -all'] },
  'mx.ownhost.test': { A: ['198.51.100.7'] },
  'relay.ownhost.test': { A: ['203.0.113.1'] },
  'smtp.ownhost.test': { A: ['203.0.113.14'] },
  'smtp.elsewhere.test': { A: ['192.0.2.200'] },
  'nomx.test': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  'selector1._domainkey.wrongprov.test': { TXT: ['v=DKIM1; k=rsa; p=MIIBIj'] },
  'google._domainkey.revoked.test': { TXT: ['v=DKIM1; p='] },
  'revoked.test': googleMx,
  'sub.org.test': googleMx,
  '_dmarc.org.test': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:x@org.test'] }
}

describe('checkDeliverability against a real local DNS server', () => {
  let dns: TestDnsServer
  beforeAll(async () => {
    dns = await startDnsServer(zone)
  })
  afterAll(() => dns.close())

  async function check(domain: string, host = 'smtp.gmail.com', dkimSelectors?: string[]): Promise<Record<string, DeliverabilityItem>> {
    const items = await checkDeliverability(domain, host, { dnsServers: dns.servers, dkimSelectors })
    expect(DeliverabilityReportSchema.parse(items).map((i) => i.id)).toEqual(['spf', 'dmarc', 'dkim', 'mx'])
    return Object.fromEntries(items.map((i) => [i.id, i]))
  }

  it('passes a well-configured Google Workspace domain', async () => {
    const r = await check('good.test')
    expect(r.spf).toMatchObject({ status: 'pass', record: 'v=spf1 include:_spf.google.com ~all' })
    expect(r.spf?.summary).toMatch(/uses 1 of 10/)
    expect(r.dmarc).toMatchObject({ status: 'pass', record: 'v=DMARC1; p=reject; rua=mailto:d@good.test' })
    expect(r.dkim?.status).toBe('pass')
    expect(r.dkim?.summary).toContain('google')
    expect(r.mx).toMatchObject({ status: 'pass', record: '1 aspmx.l.google.com' })
  })

  it('fails a missing SPF, DMARC, DKIM and MX and names the bulk-sender rules', async () => {
    const r = await check('nospf.test')
    expect(r.spf).toMatchObject({ status: 'fail', record: null })
    expect(r.spf?.summary).toMatch(/Google and Yahoo/)
    expect(r.dmarc).toMatchObject({ status: 'fail', record: null })
    expect(r.dmarc?.fix).toContain('_dmarc.nospf.test')
    expect(r.dkim).toMatchObject({ status: 'fail', record: null })
    expect(r.dkim?.summary).toContain('google._domainkey.nospf.test')
    expect(r.mx).toMatchObject({ status: 'fail', record: null })
  })

  it('fails +all and reports DMARC p=none as monitoring only', async () => {
    const r = await check('plusall.test')
    expect(r.spf?.status).toBe('fail')
    expect(r.spf?.summary).toContain('+all')
    expect(r.dmarc?.status).toBe('pass')
    expect(r.dmarc?.summary).toMatch(/p=none.*monitors/)
  })

  it('counts SPF lookups recursively and fails past 10', async () => {
    const r = await check('many.test')
    expect(r.spf?.status).toBe('fail')
    expect(r.spf?.summary).toMatch(/needs 12 DNS lookups; the limit is 10/)
  })

  it('fails two SPF records', async () => {
    const r = await check('two.test')
    expect(r.spf?.status).toBe('fail')
    expect(r.spf?.summary).toMatch(/2 SPF records/)
  })

  it('fails SPF that does not include the SMTP provider (Microsoft 365 host, Google include)', async () => {
    const r = await check('wrongprov.test', 'smtp.office365.com')
    expect(r.spf?.status).toBe('fail')
    expect(r.spf?.fix).toContain('include:spf.protection.outlook.com')
    expect(r.dkim?.status).toBe('pass')
    expect(r.dkim?.summary).toContain('selector1')
  })

  it('checks a custom host against a/mx mechanisms by IP', async () => {
    expect((await check('ownhost.test', 'smtp.ownhost.test')).spf?.status).toBe('pass')
    const r = await check('ownhost.test', 'smtp.elsewhere.test')
    expect(r.spf?.status).toBe('fail')
    expect(r.spf?.summary).toContain('192.0.2.200')
  })

  it('takes an IP literal or localhost as the SMTP host as its own address, without asking DNS', async () => {
    expect((await check('ownhost.test', '203.0.113.5')).spf?.status).toBe('pass')
    const local = await check('ownhost.test', 'localhost')
    expect(local.spf?.status).toBe('fail')
    expect(local.spf?.summary).toContain('127.0.0.1')
    expect(dns.queries.some((q) => q.endsWith(' localhost'))).toBe(false)
  })

  it('warns (not fails) when DKIM is not found for an unknown provider, and finds a selector the operator gives', async () => {
    const r = await check('ownhost.test', 'smtp.ownhost.test')
    expect(r.dkim?.status).toBe('warn')
    const withSelector = await check('good.test', 'smtp.ownhost.test', ['google'])
    expect(withSelector.dkim?.status).toBe('pass')
  })

  it('warns on a revoked DKIM key', async () => {
    expect((await check('revoked.test')).dkim?.status).toBe('warn')
  })

  it('fails MX when the domain publishes none, and inherits DMARC from the organisational domain', async () => {
    expect((await check('nomx.test')).mx?.status).toBe('fail')
    const r = await check('sub.org.test')
    expect(r.dmarc?.status).toBe('pass')
    expect(r.dmarc?.summary).toContain('inherited from org.test')
  })
})
