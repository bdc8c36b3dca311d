import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discoverMailSettings, type DiscoverOptions } from '../../src/main/core/mail-discovery/discover-mail-settings'
import { parseXml } from '../../src/main/core/mail-discovery/tiny-xml'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { startConfigHttpServer, type ConfigHttpServer } from '../support/config-http-server'

const good = `<clientConfig><emailProvider id="x"><incomingServer type="imap"><hostname>imap.good.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.good.test</hostname><port>465</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>`

describe('hostile or broken autoconfig responses', () => {
  let dns: TestDnsServer
  let http: ConfigHttpServer
  let options: DiscoverOptions

  beforeAll(async () => {
    dns = await startDnsServer({ 'broken.test': { MX: [{ exchange: 'mx.broken.test', priority: 10 }] } })
    http = await startConfigHttpServer({
      '/malformed': '<clientConfig><emailProvider><incomingServer type="imap"><hostname>x</hostname>',
      '/not-config': '<html><body>Welcome</body></html>',
      '/doctype': '<!DOCTYPE x [<!ENTITY a "aaaa">]><clientConfig>&a;</clientConfig>',
      '/plain-only': good.replace(/SSL/g, 'plain'),
      '/bad-host': good.replace('imap.good.test', 'imap.good.test"><script>'),
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' })
        res.write('<clientConfig>')
        for (let i = 0; i < 200; i++) res.write(`<!-- ${'x'.repeat(1024)} -->`)
        res.end('</clientConfig>')
      },
      '/slow': (_req, res) => {
        const t = setTimeout(() => res.writeHead(200).end(good), 5000)
        res.on('close', () => clearTimeout(t))
      },
      '/good': good
    })
    options = { dnsServers: dns.servers, fetchTimeoutMs: 300, maxBytes: 64 * 1024, ispdbBaseUrl: null }
  })
  afterAll(async () => {
    await dns.close()
    await http.close()
  })

  const withUrls = (...paths: string[]): DiscoverOptions => ({ ...options, autoconfigUrls: () => paths.map((p) => `${http.baseUrl}${p}`) })

  it.each(['/malformed', '/not-config', '/doctype', '/plain-only', '/bad-host'])('%s falls back to a guess without crashing', async (path) => {
    const r = await discoverMailSettings('a@broken.test', withUrls(path))
    expect(r.source).toBe('guess')
    expect(r.warnings.some((w) => w.includes(path))).toBe(true)
  })

  it('drops an oversized response', async () => {
    const r = await discoverMailSettings('a@broken.test', withUrls('/huge'))
    expect(r.source).toBe('guess')
    expect(r.warnings.join(' ')).toMatch(/larger than 65536 bytes/)
  })

  it('gives up on a slow server within the timeout and still uses a later good URL', async () => {
    const started = Date.now()
    const r = await discoverMailSettings('a@broken.test', withUrls('/slow', '/good'))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r.source).toBe('autoconfig')
    expect(r.smtp.host).toBe('smtp.good.test')
    expect(r.warnings.join(' ')).toMatch(/\/slow: timed out after 300 ms/)
  })
})

describe('tiny XML reader', () => {
  it('reads nested elements, attributes, entities and CDATA', () => {
    const doc = parseXml('<?xml version="1.0"?><a x="1&amp;2"><b>t &lt;1&gt;</b><c><![CDATA[<raw>]]></c><d/></a>')
    expect(doc.attrs).toEqual({ x: '1&2' })
    expect(doc.children.map((c) => [c.name, c.text])).toEqual([['b', 't <1>'], ['c', '<raw>'], ['d', '']])
  })

  it('refuses mismatched tags, DOCTYPE and deep nesting', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow()
    expect(() => parseXml('<!DOCTYPE a><a/>')).toThrow(/DOCTYPE/)
    expect(() => parseXml('<a>'.repeat(100) + '</a>'.repeat(100))).toThrow(/deep/)
  })
})
