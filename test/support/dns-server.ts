import dns2 from 'dns2'

/** Records for one name in a test zone (A, AAAA, MX, TXT, SRV). TXT entries may be split into several character-strings. */
export interface ZoneEntry {
  A?: string[]
  AAAA?: string[]
  MX?: { exchange: string; priority: number }[]
  TXT?: (string | string[])[]
  SRV?: { target: string; port: number; priority?: number; weight?: number }[]
}

/** A whole test zone: lower-case names without trailing dot. */
export type Zone = Record<string, ZoneEntry>

/** A running in-process DNS server; `servers` goes straight into the resolver's setServers. */
export interface TestDnsServer {
  servers: string[]
  /** Names queried so far as `TYPE name`, in order. */
  queries: string[]
  close(): Promise<void>
}

const { Packet } = dns2
const TYPE_NAMES: Record<number, keyof ZoneEntry> = { 1: 'A', 15: 'MX', 16: 'TXT', 28: 'AAAA', 33: 'SRV' }

function answersFor(name: string, type: keyof ZoneEntry, entry: ZoneEntry): object[] {
  const base = { name, class: Packet.CLASS.IN, ttl: 60 }
  switch (type) {
    case 'A': return (entry.A ?? []).map((address) => ({ ...base, type: Packet.TYPE.A, address }))
    case 'AAAA': return (entry.AAAA ?? []).map((address) => ({ ...base, type: Packet.TYPE.AAAA, address }))
    case 'MX': return (entry.MX ?? []).map((m) => ({ ...base, type: Packet.TYPE.MX, exchange: m.exchange, priority: m.priority }))
    case 'TXT': return (entry.TXT ?? []).map((data) => ({ ...base, type: Packet.TYPE.TXT, data }))
    case 'SRV':
      return (entry.SRV ?? []).map((s) => ({ ...base, type: Packet.TYPE.SRV, target: s.target, port: s.port, priority: s.priority ?? 0, weight: s.weight ?? 0 }))
  }
}

/**
 * Starts a real DNS server (dns2, UDP) on 127.0.0.1 with a random port answering from `zone`: known names with
 * a missing type get an empty NOERROR answer (NODATA), unknown names NXDOMAIN. `silent` names never answer
 * (for timeout tests).
 */
export async function startDnsServer(zone: Zone, options: { silent?: string[] } = {}): Promise<TestDnsServer> {
  const queries: string[] = []
  const server = dns2.createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request)
    const [question] = request.questions
    if (!question) return void send(response)
    const name = question.name.toLowerCase().replace(/\.$/, '')
    const type = TYPE_NAMES[question.type]
    queries.push(`${type ?? question.type} ${name}`)
    if (options.silent?.includes(name)) return
    const entry = zone[name]
    if (!entry) response.header.rcode = 3
    // The typings model records as class instances; dns2 encodes plain objects, so the cast stays here.
    else if (type) response.answers.push(...(answersFor(name, type, entry) as typeof response.answers))
    void send(response)
  })
  await server.listen(0, '127.0.0.1')
  const { port } = server.address()
  return {
    servers: [`127.0.0.1:${port}`],
    queries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
