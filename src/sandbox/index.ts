import { createServer } from 'node:http'
import { KeyRing } from './auth/api-keys'
import { RateLimiter } from './auth/rate-limiter'
import type { SandboxContext } from './context'
import { createRequestListener } from './http/pipeline'
import { Router } from './http/router'
import { closeServer, listen, originFor } from './http/server-lifecycle'
import { type SandboxOptions, resolveOptions } from './options'
import { BASE_PATH, allRoutes } from './routes'
import { openState } from './store/open-state'
import { SandboxStore } from './store/store'

export type { SandboxOptions } from './options'

/** A running sandbox: where it listens, how to mint and revoke keys, how to stop it. */
export interface SandboxHandle {
  /** Origin, e.g. http://127.0.0.1:40123 */
  url: string
  /** `${url}/api/public/v1` */
  baseUrl: string
  /** A new `cs_live_` key with these scopes; only its SHA-256 is stored. */
  issueKey(opts: { scopes: string[]; name?: string }): string
  /** Revokes a key for good; unknown keys are ignored. */
  revokeKey(key: string): void
  /** Stops listening, drops keep-alive sockets and writes pending state. */
  close(): Promise<void>
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

// Starts a ColdSend-compatible API on loopback so the console works with no account, and tests have a real peer.
export async function startSandbox(opts?: SandboxOptions): Promise<SandboxHandle> {
  const o = resolveOptions(opts)
  const opened = await openState(o.dataDir, o.seed, o.log)
  const store = new SandboxStore(opened.state, () => opened.persister?.schedule())
  if (opened.fresh) store.changed()
  const ctx: SandboxContext = { store, limits: { campaigns: o.campaignLimits }, now: () => new Date(), log: o.log, dataDir: o.dataDir, tuning: o.tuning }
  const keys = new KeyRing(store)
  const server = createServer(
    createRequestListener({
      basePath: BASE_PATH,
      router: new Router(allRoutes(ctx)),
      gate: { keys, limiter: new RateLimiter(o.rateLimit) },
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      log: o.log
    })
  )
  let port: number
  try {
    port = await listen(server, o.host, o.port)
  } catch (err) {
    await opened.persister?.flush()
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
    close() {
      closing ??= closeServer(server).then(() => opened.persister?.flush())
      return closing
    }
  }
}
