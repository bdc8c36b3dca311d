import { lookup, resolveMx } from 'node:dns/promises'
import { isIP } from 'node:net'

/** Per-step time limits in ms (tests pass short ones). */
export interface MailCheckTimeouts {
  dns: number
  connect: number
  tls: number
  greeting: number
  command: number
  login: number
}

/** A host and port known to be open, to tell "your network blocks this port" from "their server is down". */
export interface ControlTarget {
  host: string
  port: number
}

/** Knobs of a check; everything has a production default. */
export interface MailCheckOptions {
  /** Host → addresses; default Node's resolver (`dns.lookup`, all families). */
  resolve?: (host: string) => Promise<string[]>
  /** Domain → MX host names; default none (no MX comparison). Used only after a failure. */
  resolveMx?: (domain: string) => Promise<string[]>
  timeouts?: Partial<MailCheckTimeouts>
  /** Extra trusted CA certificates (PEM), on top of Node's bundled roots. */
  ca?: string | string[]
  /** Control targets per protocol, probed after a refused or timed-out connect. */
  controlTargets?: Partial<Record<'smtp' | 'imap', ControlTarget>>
  /** Receives the redacted protocol transcript, one line per call. */
  log?: (line: string) => void
  /** The name sent in EHLO. */
  clientName?: string
  /** Cancels the check: open connections close at once and unfinished steps fail with ABORTED. */
  signal?: AbortSignal
}

/** Default time limits: generous enough for slow providers, far below the libraries' minutes-long defaults. */
export const DEFAULT_TIMEOUTS: MailCheckTimeouts = { dns: 10_000, connect: 10_000, tls: 10_000, greeting: 15_000, command: 10_000, login: 20_000 }

/** The default resolver: literal IPs as they are, names through the OS resolver (what sockets would use). */
export async function defaultResolve(host: string): Promise<string[]> {
  if (isIP(host)) return [host]
  const found = await lookup(host, { all: true })
  return found.map((a) => a.address)
}

/** An MX resolver over Node's DNS, for callers that want the "you entered the MX host" check (opt-in: it is a network query). */
export async function nodeResolveMx(domain: string): Promise<string[]> {
  const records = await resolveMx(domain)
  return records.map((r) => r.exchange)
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  resolve: (host: string) => Promise<string[]>
  resolveMx?: (domain: string) => Promise<string[]>
  timeouts: MailCheckTimeouts
  ca?: string | string[]
  controlTargets: Partial<Record<'smtp' | 'imap', ControlTarget>>
  log: (line: string) => void
  clientName: string
  signal?: AbortSignal
}

/** Fills defaults in. */
export function resolveOptions(options: MailCheckOptions = {}): ResolvedOptions {
  return {
    resolve: options.resolve ?? defaultResolve,
    resolveMx: options.resolveMx,
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    ca: options.ca,
    controlTargets: options.controlTargets ?? {},
    log: options.log ?? (() => {}),
    clientName: options.clientName ?? 'coldsend-check',
    signal: options.signal
  }
}
