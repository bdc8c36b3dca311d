import { createServer } from 'node:http'
import { type IssueKeyOptions, KeyRing } from './auth/api-keys'
import { RateLimiter } from './auth/rate-limiter'
import type { SandboxContext } from './context'
import { FAULT_CONTROL_PATH, type FaultControls, FaultInjector, faultControlInterceptor, faultControls } from './faults'
import { createRequestListener } from './http/pipeline'
import { Router } from './http/router'
import { closeServer, listen, originFor } from './http/server-lifecycle'
import { type SandboxOptions, resolveOptions } from './options'
import { BASE_PATH, allRoutes } from './routes'
import { openState } from './store/open-state'
import { SandboxStore } from './store/store'

export type { IssueKeyOptions } from './auth/api-keys'
export type { FaultControls, FaultLogEntry, FaultRule, PendingRule } from './faults'
export type { RateLimitOptions, SandboxOptions, SandboxTuning } from './options'

/** A running sandbox: where it listens, how to mint and revoke keys, fault controls, how to stop it. */
export interface SandboxHandle {
  /** Origin, e.g. http://127.0.0.1:40123 */
  url: string
  /** `${url}/api/public/v1` */
  baseUrl: string
  /** A new `cs_live_` key with these scopes; only its SHA-256 is stored. `replaceSameName` revokes earlier keys of that name. */
  issueKey(opts: IssueKeyOptions): string
  /** Revokes a key for good; unknown keys are ignored. */
  revokeKey(key: string): void
  /** Fault injection; `enabled` is false (and `push` throws) unless started with `faults: true`. */
  faults: FaultControls
  /** Stops listening, cancels held faults, drops keep-alive sockets and writes pending state. */
  close(): Promise<void>
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

// Starts a ColdSend-compatible API on loopback so the console works with no account, and tests have a real peer.
export async function startSandbox(opts?: SandboxOptions): Promise<SandboxHandle> {
  const o = resolveOptions(opts)
  const now = () => new Date(o.clock())
  const opened = await openState(o.dataDir, o.seed, o.log, now)
  const store = new SandboxStore(opened.state, opened.persister)
  if (opened.fresh) store.changedInBackground()
  const shutdown = new AbortController()
  const ctx: SandboxContext = {
    store,
    limits: { campaigns: o.campaignLimits },
    now,
    log: o.log,
    dataDir: o.dataDir,
    tuning: o.tuning,
    mail: o.mail,
    shutdown: shutdown.signal
  }
  const keys = new KeyRing(store, now)
  const injector = new FaultInjector({ enabled: o.faults, basePath: BASE_PATH, rateLimitPerMinute: o.rateLimit.perMinute, log: o.log })
  const server = createServer(
    createRequestListener({
      basePath: BASE_PATH,
      router: new Router(allRoutes(ctx)),
      gate: { keys, limiter: new RateLimiter(o.rateLimit, o.clock), sendRetryAfter: o.rateLimit.sendRetryAfter },
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      log: o.log,
      commit: (handle) => store.commit(handle),
      interceptors: o.faults ? [faultControlInterceptor(injector), injector.intercept] : []
    })
  )
  let port: number
  try {
    port = await listen(server, o.host, o.port)
  } catch (err) {
    await store.flush()
    throw err
  }
  const url = originFor(o.host, port)
  let closing: Promise<void> | null = null
  const assertOpen = () => {
    if (closing) throw new Error('sandbox: already closed')
  }
  return {
    url,
    baseUrl: `${url}${BASE_PATH}`,
    issueKey(keyOpts) {
      assertOpen()
      return keys.issue(keyOpts)
    },
    revokeKey(key) {
      assertOpen()
      keys.revoke(key)
    },
    faults: faultControls(injector, `${url}${FAULT_CONTROL_PATH}`),
    close() {
      if (!closing) {
        injector.shutdown()
        shutdown.abort()
      }
      closing ??= closeServer(server).then(() => store.flush())
      return closing
    }
  }
}
