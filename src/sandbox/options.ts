import type { RateLimitConfig } from './auth/rate-limiter'
import { type CampaignLimits, DOCUMENTED_CAMPAIGN_LIMITS } from './resources/campaigns/schema'

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
  /** Per-key limits; default the documented 100/minute and 1,000/hour. */
  rateLimit?: { perMinute: number; perHour: number }
  /** Server-side overrides of documented limits, to simulate the real server drifting (default 8). */
  limits?: { campaignNameMin?: number }
  /** Receives warnings and one line per request (never keys). */
  log?: (line: string) => void
  /** Speeds of simulated background work and mail-check timeouts (tests make them fast). */
  tuning?: Partial<SandboxTuning>
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

/** Options with every default applied and checked. */
export interface ResolvedOptions {
  host: string
  port: number
  dataDir: string | null
  seed: boolean
  rateLimit: RateLimitConfig
  campaignLimits: CampaignLimits
  log: (line: string) => void
  tuning: SandboxTuning
}

/** The documented per-key rate limits. */
export const DOCUMENTED_RATE_LIMIT: RateLimitConfig = { perMinute: 100, perHour: 1000 }

// Loopback only: 127.0.0.0/8, ::1 and the name localhost.
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host)
}

function positiveInt(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`sandbox: ${what} must be a positive integer (got ${value})`)
  return value
}

// Applies defaults and refuses unsafe or nonsensical options before anything listens.
export function resolveOptions(opts: SandboxOptions = {}): ResolvedOptions {
  const host = opts.host ?? '127.0.0.1'
  if (!isLoopbackHost(host)) throw new Error(`sandbox: refusing to listen on non-loopback host '${host}'`)
  const port = opts.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`sandbox: invalid port ${port}`)
  const rate = opts.rateLimit ?? DOCUMENTED_RATE_LIMIT
  const nameMin = opts.limits?.campaignNameMin ?? DOCUMENTED_CAMPAIGN_LIMITS.nameMin
  if (!Number.isInteger(nameMin) || nameMin < 0 || nameMin > DOCUMENTED_CAMPAIGN_LIMITS.nameMax) {
    throw new RangeError(`sandbox: campaignNameMin must be an integer from 0 to ${DOCUMENTED_CAMPAIGN_LIMITS.nameMax}`)
  }
  return {
    host,
    port,
    dataDir: opts.dataDir ?? null,
    seed: opts.seed ?? true,
    rateLimit: { perMinute: positiveInt(rate.perMinute, 'rateLimit.perMinute'), perHour: positiveInt(rate.perHour, 'rateLimit.perHour') },
    campaignLimits: { ...DOCUMENTED_CAMPAIGN_LIMITS, nameMin },
    log: opts.log ?? (() => {}),
    tuning: { ...DEFAULT_TUNING, ...opts.tuning }
  }
}
