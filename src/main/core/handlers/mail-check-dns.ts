import { nodeResolveMx } from '../mail-check'
import { addressesWithoutDns, createDnsPort, DnsLookupError } from '../mail-discovery'

/** The connection check's name lookups: the host's addresses, and the mailbox domain's MX hosts for the "you entered the MX host" diagnosis. */
export interface MailCheckDns {
  resolve?: (host: string) => Promise<string[]>
  resolveMx: (domain: string) => Promise<string[]>
}

const coded = (message: string, code: string) => Object.assign(new Error(message), { code })

/**
 * With DNS servers configured (split DNS, tests) the connection check asks them too, so discovery and
 * the check never disagree about a host; without, it uses the OS resolver like the sockets do. A name
 * with no address fails as ENOTFOUND and a DNS failure as EAI_AGAIN, the codes the classifier reads.
 */
export function mailCheckDns(servers: readonly string[] | undefined): MailCheckDns {
  if (!servers || servers.length === 0) return { resolveMx: nodeResolveMx }
  const port = createDnsPort({ servers: [...servers] })
  return {
    async resolve(host) {
      const literal = addressesWithoutDns(host)
      if (literal) return literal
      try {
        const [v4, v6] = await Promise.all([port.a(host), port.aaaa(host)])
        const all = [...v4, ...v6]
        if (all.length === 0) throw coded(`getaddrinfo ENOTFOUND ${host}`, 'ENOTFOUND')
        return all
      } catch (error) {
        if (error instanceof DnsLookupError) throw coded(`DNS lookup for ${host} failed (${error.code})`, 'EAI_AGAIN')
        throw error
      }
    },
    resolveMx: async (domain) => (await port.mx(domain)).map((m) => m.exchange)
  }
}
