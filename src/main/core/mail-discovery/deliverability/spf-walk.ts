import type { DnsPort } from '../dns-port'

/** An `a` or `mx` mechanism that authorises a domain's hosts, with its IPv4 and IPv6 prefix lengths. */
export interface HostMechanism {
  kind: 'a' | 'mx'
  domain: string
  prefix4: number
  prefix6: number
}

/** Everything an SPF tree authorises (pass-qualified mechanisms only) and what it costs in DNS lookups. */
export interface SpfWalk {
  /** DNS-querying terms counted as RFC 7208 §4.6.4 does (include, a, mx, ptr, exists, redirect). */
  lookups: number
  /** Domains whose SPF is pulled in with a pass result: include targets and redirect targets. */
  includes: string[]
  /** ip4: and ip6: ranges, as written. */
  ipRanges: string[]
  hosts: HostMechanism[]
  usesPtr: boolean
  /** The top-level record's `all` qualifier, if any. */
  allQualifier?: '+' | '-' | '~' | '?'
  hasRedirect: boolean
  problems: string[]
}

/** Hard cap on lookups actually performed, well above the RFC limit, so a loop or a huge tree cannot run away. */
const WALK_CAP = 40

/** The SPF records (`v=spf1`) among a name's TXT records. */
export function spfRecords(txt: string[]): string[] {
  return txt.filter((t) => /^v=spf1(\s|$)/i.test(t.trim()))
}

/**
 * Walks an SPF record and its includes/redirects recursively, counting DNS lookups against RFC 7208's limit of
 * 10 and collecting what passes. Stops descending at WALK_CAP lookups or a repeated domain.
 */
export async function walkSpf(dns: DnsPort, domain: string, record: string): Promise<SpfWalk> {
  const walk: SpfWalk = { lookups: 0, includes: [], ipRanges: [], hosts: [], usesPtr: false, hasRedirect: false, problems: [] }
  const seen = new Set<string>([domain])

  async function follow(target: string): Promise<void> {
    if (seen.has(target)) {
      walk.problems.push(`${target} is included more than once (loop or duplicate).`)
      return
    }
    seen.add(target)
    if (walk.lookups > WALK_CAP) return
    const records = spfRecords(await dns.txt(target).catch(() => []))
    if (records.length !== 1) {
      walk.problems.push(`${target} has ${records.length === 0 ? 'no' : 'more than one'} SPF record (permerror).`)
      return
    }
    await visit(target, records[0] as string, false)
  }

  async function visit(current: string, text: string, top: boolean): Promise<void> {
    const terms = text.trim().split(/\s+/).slice(1)
    let redirect: string | undefined
    let sawAll = false
    for (const term of terms) {
      const m = /^([+\-~?]?)([a-z0-9]+)(?:[:=]([^/]*))?(?:\/(\d+))?(?:\/\/(\d+))?$/i.exec(term)
      if (!m) continue
      const qualifier = (m[1] || '+') as '+' | '-' | '~' | '?'
      const name = (m[2] as string).toLowerCase()
      const arg = m[3]?.toLowerCase()
      const pass = qualifier === '+'
      switch (name) {
        case 'include':
          walk.lookups++
          if (arg) {
            if (pass) walk.includes.push(arg)
            await follow(arg)
          }
          break
        case 'a':
        case 'mx':
          walk.lookups++
          if (pass) walk.hosts.push({ kind: name, domain: arg || current, prefix4: m[4] ? Number(m[4]) : 32, prefix6: m[5] ? Number(m[5]) : 128 })
          break
        case 'ptr':
          walk.lookups++
          walk.usesPtr = true
          break
        case 'exists':
          walk.lookups++
          break
        case 'ip4':
        case 'ip6':
          if (pass && arg) walk.ipRanges.push(m[4] ? `${arg}/${m[4]}` : arg)
          break
        case 'all':
          sawAll = true
          if (top) walk.allQualifier = qualifier
          break
        case 'redirect':
          redirect = arg
          break
      }
    }
    if (redirect && !sawAll) {
      walk.lookups++
      walk.includes.push(redirect)
      if (top) walk.hasRedirect = true
      await follow(redirect)
    }
  }

  await visit(domain, record, true)
  return walk
}
