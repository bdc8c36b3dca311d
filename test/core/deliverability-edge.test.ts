import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDeliverability } from '../../src/main/core/mail-discovery/deliverability/check-deliverability'
import { ipInRange } from '../../src/main/core/mail-discovery/deliverability/ip-range'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'

describe('deliverability edge cases against a real local DNS server', () => {
  let dns: TestDnsServer
  beforeAll(async () => {
    dns = await startDnsServer(
      {
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
        'neutral.test': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }], TXT: ['v=spf1 include:_spf.google.com ?all'] },
        '_dmarc.neutral.test': { TXT: ['v=DMARC1; p=quarantine; pct=50'] },
        'smtp.v6.test': { AAAA: ['2001:db8:5::25'] },
        'v6.test': { TXT: ['v=spf1 ip6:2001:db8:5::/64 -all'] },
        'v6a.test': { TXT: ['v=spf1 a:relay.v6a.test//56 -all'] },
        'relay.v6a.test': { AAAA: ['2001:db8:5:aa::1'] },
        'v6miss.test': { TXT: ['v=spf1 ip6:2001:db8:6::/64 -all'] },
        'redirected.test': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        'loop.test': { TXT: ['v=spf1 include:a.loop.test include:_spf.google.com -all'] },
        'a.loop.test': { TXT: ['v=spf1 include:loop.test -all'] },
        '_dmarc.badpolicy.test': { TXT: ['v=DMARC1; p=block; rua=mailto:x@badpolicy.test'] },
        'badpolicy.test': { TXT: ['v=spf1 include:_spf.google.com'] }
      },
      { silent: ['down.test', '_dmarc.down.test'] }
    )
  })
  afterAll(() => dns.close())

  const run = async (domain: string) =>
    Object.fromEntries((await checkDeliverability(domain, 'smtp.gmail.com', { dnsServers: dns.servers, dnsTimeoutMs: 200 })).map((i) => [i.id, i]))

  it('warns on ?all, a missing rua and pct below 100', async () => {
    const r = await run('neutral.test')
    expect(r.spf).toMatchObject({ status: 'warn' })
    expect(r.spf?.summary).toContain('?all')
    expect(r.dmarc?.status).toBe('warn')
    expect(r.dmarc?.summary).toMatch(/No rua=.*50%/)
  })

  it('treats redirect= like an include of the provider and counts it', async () => {
    const r = await run('redirected.test')
    expect(r.spf?.status).toBe('pass')
    expect(r.spf?.summary).toMatch(/uses 1 of 10/)
  })

  it('survives an include loop and still sees the provider', async () => {
    const r = await run('loop.test')
    expect(r.spf?.status).toBe('warn')
    expect(r.spf?.summary).toMatch(/loop\.test is included more than once/)
    expect(r.spf?.summary).not.toMatch(/does not include/)
  })

  it('fails an invalid DMARC policy and warns on SPF without an all term', async () => {
    const r = await run('badpolicy.test')
    expect(r.dmarc?.status).toBe('fail')
    expect(r.spf?.status).toBe('warn')
    expect(r.spf?.summary).toMatch(/no all term/)
  })

  it('reports a DNS timeout as "could not check", not as a pass or a missing record', async () => {
    const r = await run('down.test')
    expect(r.spf).toMatchObject({ status: 'warn', record: null })
    expect(r.spf?.summary).toMatch(/Could not check SPF/)
    expect(r.dmarc?.summary).toMatch(/Could not check DMARC/)
  })

  it('matches IPv4 and IPv6 ranges', () => {
    expect(ipInRange('209.85.200.1', '209.85.128.0/17')).toBe(true)
    expect(ipInRange('209.86.0.1', '209.85.128.0/17')).toBe(false)
    expect(ipInRange('10.0.0.1', '10.0.0.1')).toBe(true)
    expect(ipInRange('nonsense', '10.0.0.0/8')).toBe(false)
    expect(ipInRange('2001:db8:abcd::25', '2001:db8:abcd::/48')).toBe(true)
    expect(ipInRange('2001:db8:abce::25', '2001:db8:abcd::/48')).toBe(false)
    expect(ipInRange('::ffff:192.0.2.1', '::ffff:192.0.2.0/120')).toBe(true)
    expect(ipInRange('2001:db8::1', '10.0.0.0/8')).toBe(false)
  })

  it('authorises an IPv6-only SMTP host through ip6: and a// mechanisms', async () => {
    const check = async (domain: string) =>
      (await checkDeliverability(domain, 'smtp.v6.test', { dnsServers: dns.servers, dnsTimeoutMs: 500 }))[0]
    expect((await check('v6.test'))?.status).toBe('pass')
    expect((await check('v6a.test'))?.status).toBe('pass')
    const miss = await check('v6miss.test')
    expect(miss?.status).toBe('fail')
    expect(miss?.fix).toContain('ip6:2001:db8:5::25')
  })
})
