import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDnsPort, DnsLookupError } from '../../src/main/core/mail-discovery/dns-port'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'

describe('DNS port against a real local DNS server', () => {
  let server: TestDnsServer
  beforeAll(async () => {
    server = await startDnsServer(
      {
        'example.test': {
          MX: [{ exchange: 'mx2.example.test', priority: 20 }, { exchange: 'MX1.example.test', priority: 10 }],
          TXT: [['v=spf1 include:_spf.google.com ', '~all'], 'other=1'],
          A: ['192.0.2.1']
        },
        '_imaps._tcp.example.test': { SRV: [{ target: 'b.example.test', port: 993, priority: 5 }, { target: 'a.example.test', port: 993, priority: 1 }] }
      },
      { silent: ['slow.example.test'] }
    )
  })
  afterAll(() => server.close())

  it('sorts MX by priority and lower-cases hosts', async () => {
    const dns = createDnsPort({ servers: server.servers })
    expect(await dns.mx('example.test')).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 }
    ])
  })

  it('joins the character-strings of each TXT record', async () => {
    const dns = createDnsPort({ servers: server.servers })
    expect((await dns.txt('example.test')).sort()).toEqual(['other=1', 'v=spf1 include:_spf.google.com ~all'])
  })

  it('orders SRV by priority and reads A', async () => {
    const dns = createDnsPort({ servers: server.servers })
    expect((await dns.srv('_imaps._tcp.example.test')).map((r) => r.name)).toEqual(['a.example.test', 'b.example.test'])
    expect(await dns.a('example.test')).toEqual(['192.0.2.1'])
  })

  it('answers [] for NXDOMAIN and NODATA', async () => {
    const dns = createDnsPort({ servers: server.servers })
    expect(await dns.mx('nothing.example.test')).toEqual([])
    expect(await dns.srv('example.test')).toEqual([])
  })

  it('throws DnsLookupError when the server never answers', async () => {
    const dns = createDnsPort({ servers: server.servers, timeoutMs: 200, tries: 1 })
    const started = Date.now()
    await expect(dns.txt('slow.example.test')).rejects.toBeInstanceOf(DnsLookupError)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
