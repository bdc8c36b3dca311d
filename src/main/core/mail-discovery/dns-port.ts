import { Resolver } from 'node:dns/promises'

/** One MX host with its preference (lower is preferred). */
export interface MxHost {
  exchange: string
  priority: number
}

/** One SRV target; `target` is '.' when the service is explicitly not offered. */
export interface SrvTarget {
  name: string
  port: number
  priority: number
  weight: number
}

/** The DNS lookups discovery and deliverability need; empty arrays mean "no such record". */
export interface DnsPort {
  mx(domain: string): Promise<MxHost[]>
  txt(name: string): Promise<string[]>
  srv(name: string): Promise<SrvTarget[]>
  a(name: string): Promise<string[]>
  aaaa(name: string): Promise<string[]>
}

/** How to reach DNS: servers as `host:port` strings (empty = system), per-try timeout and tries. */
export interface DnsPortOptions {
  servers?: string[]
  timeoutMs?: number
  tries?: number
}

/** Thrown when DNS itself failed (timeout, SERVFAIL, refused), as opposed to "no record". */
export class DnsLookupError extends Error {
  constructor(
    readonly lookupName: string,
    readonly code: string
  ) {
    super(`DNS lookup for ${lookupName} failed (${code})`)
    this.name = 'DnsLookupError'
  }
}

const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NOTFOUND', 'ENONAME'])

/** Builds a DnsPort on node's resolver; "no record" answers become [], real failures throw DnsLookupError. */
export function createDnsPort(options: DnsPortOptions = {}): DnsPort {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5000, tries: options.tries ?? 2 })
  if (options.servers && options.servers.length > 0) resolver.setServers(options.servers)

  async function run<T>(name: string, lookup: () => Promise<T[]>): Promise<T[]> {
    try {
      return await lookup()
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'EUNKNOWN'
      if (NO_RECORD.has(code)) return []
      throw new DnsLookupError(name, code)
    }
  }

  return {
    mx: async (domain) =>
      (await run(domain, () => resolver.resolveMx(domain)))
        .map((r) => ({ exchange: r.exchange.toLowerCase().replace(/\.$/, ''), priority: r.priority }))
        .sort((x, y) => x.priority - y.priority),
    txt: async (name) => (await run(name, () => resolver.resolveTxt(name))).map((chunks) => chunks.join('')),
    srv: async (name) =>
      (await run(name, () => resolver.resolveSrv(name)))
        .map((r) => ({ name: r.name.toLowerCase().replace(/\.$/, '') || '.', port: r.port, priority: r.priority, weight: r.weight }))
        .sort((x, y) => x.priority - y.priority || y.weight - x.weight),
    a: (name) => run(name, () => resolver.resolve4(name)),
    aaaa: (name) => run(name, () => resolver.resolve6(name))
  }
}
