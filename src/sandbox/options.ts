import { MINUTE_MS } from './auth/rate-limiter'
import type { MailCheckOptions } from './mail/settings'
import { type CampaignLimits, DOCUMENTED_CAMPAIGN_LIMITS } from './resources/campaigns/schema'

/** Per-key rate limits and how 429s look; every field is optional. */
export interface RateLimitOptions {
  /** Requests per key per "minute" window (default the documented 100). */
  perMinute?: number
  /** Requests per key per "hour" window (default the documented 1,000). */
  perHour?: number
  /** Length of the "minute" window in ms (default 60,000); tests use e.g. 2,000. */
  windowMs?: number
  /** Length of the "hour" window in ms (default 60 × windowMs, i.e. one hour by default). */
  hourWindowMs?: number
  /** Send `Retry-After` on 429 (default true); the docs do not promise it, so clients must cope without. */
  sendRetryAfter?: boolean
}

/** How to start a sandbox; every field is optional. */
export interface SandboxOptions {
  /** Default '127.0.0.1'; anything that is not loopback is refused. */
  host?: string
  /** 0 (default) = any free port. */
  port?: number
  /** Directory for state.json; null or absent = in-memory only. */
  dataDir?: string | null
  /** Seed demo data when the store is new (default true). */
  seed?: boolean
  /** Per-key limits; default the documented 100/minute and 1,000/hour with `Retry-After` on 429. */
  rateLimit?: RateLimitOptions
  /** Server-side overrides of documented limits, to simulate the real server drifting (default 8). */
  limits?: { campaignNameMin?: number }
  /** Receives warnings and one line per request (never keys). */
  log?: (line: string) => void
  /** Speeds of simulated background work and mail-check timeouts (tests make them fast). */
  tuning?: Partial<SandboxTuning>
  /** Allow fault injection (`handle.faults`, `/__sandbox/faults`); off by default and never on in the console. */
  faults?: boolean
  /** Extra trusted roots for the real SMTP/IMAP checks (tests with self-signed servers); Node's roots stay trusted. */
  mail?: MailCheckOptions
  /**
   * The sandbox's clock in ms since the epoch (default `Date.now`): timestamps, the seed, time-driven jobs
   * and rate-limit windows all read it. Tests pass one they move by hand, so nothing depends on machine speed.
   */
  clock?: () => number
}

/** Speeds and timeouts of the sandbox's simulated and real background work. */
export interface SandboxTuning {
  /** Lead CSV rows processed per second by an upload job (progress advances over time). */
  leadRowsPerSecond: number
  /** Per-step timeout of the real SMTP/IMAP connection checks, in ms. */
  mailTimeoutMs: number
}

/** Defaults: a 10,000-row upload takes ~50 s; a dead mail server fails within 10 s. */
export const DEFAULT_TUNING: SandboxTuning = { leadRowsPerSecond: 200, mailTimeoutMs: 10_000 }

/** Rate limits with every default applied. */
export interface ResolvedRateLimit {
  perMinute: number
  perHour: number
  windowMs: number
  hourWindowMs: number
  sendRetryAfter: boolean
}

/** Options with every default applied and checked. */
export interface ResolvedOptions {
  host: string
  port: number
  dataDir: string | null
  seed: boolean
  rateLimit: ResolvedRateLimit
  campaignLimits: CampaignLimits
  log: (line: string) => void
  tuning: SandboxTuning
  faults: boolean
  mail: Required<MailCheckOptions>
  clock: () => number
}

/** The documented per-key rate limits. */
export const DOCUMENTED_RATE_LIMIT = { perMinute: 100, perHour: 1000 } as const

// Loopback only: 127.0.0.0/8, ::1 and the name localhost.
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host)
}

function positiveInt(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`sandbox: ${what} must be a positive integer (got ${value})`)
  return value
}

function positiveNumber(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`sandbox: ${what} must be a positive number (got ${value})`)
  return value
}

// Fills in the documented limits and window lengths; the hour window scales with a shortened minute.
function resolveRateLimit(rate: RateLimitOptions = {}): ResolvedRateLimit {
  const windowMs = positiveInt(rate.windowMs ?? MINUTE_MS, 'rateLimit.windowMs')
  return {
    perMinute: positiveInt(rate.perMinute ?? DOCUMENTED_RATE_LIMIT.perMinute, 'rateLimit.perMinute'),
    perHour: positiveInt(rate.perHour ?? DOCUMENTED_RATE_LIMIT.perHour, 'rateLimit.perHour'),
    windowMs,
    hourWindowMs: positiveInt(rate.hourWindowMs ?? windowMs * 60, 'rateLimit.hourWindowMs'),
    sendRetryAfter: rate.sendRetryAfter ?? true
  }
}

// Applies defaults and refuses unsafe or nonsensical options before anything listens.
export function resolveOptions(opts: SandboxOptions = {}): ResolvedOptions {
  const host = opts.host ?? '127.0.0.1'
  if (!isLoopbackHost(host)) throw new Error(`sandbox: refusing to listen on non-loopback host '${host}'`)
  const port = opts.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`sandbox: invalid port ${port}`)
  const nameMin = opts.limits?.campaignNameMin ?? DOCUMENTED_CAMPAIGN_LIMITS.nameMin
  if (!Number.isInteger(nameMin) || nameMin < 0 || nameMin > DOCUMENTED_CAMPAIGN_LIMITS.nameMax) {
    throw new RangeError(`sandbox: campaignNameMin must be an integer from 0 to ${DOCUMENTED_CAMPAIGN_LIMITS.nameMax}`)
  }
  const tuning = { ...DEFAULT_TUNING, ...opts.tuning }
  positiveNumber(tuning.leadRowsPerSecond, 'tuning.leadRowsPerSecond')
  positiveNumber(tuning.mailTimeoutMs, 'tuning.mailTimeoutMs')
  return {
    host,
    port,
    dataDir: opts.dataDir ?? null,
    seed: opts.seed ?? true,
    rateLimit: resolveRateLimit(opts.rateLimit),
    campaignLimits: { ...DOCUMENTED_CAMPAIGN_LIMITS, nameMin },
    log: opts.log ?? (() => {}),
    tuning,
    faults: opts.faults ?? false,
    mail: { trustedCa: [...(opts.mail?.trustedCa ?? [])] },
    clock: opts.clock ?? Date.now
  }
}
