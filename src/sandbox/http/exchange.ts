import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from './route'

/**
 * One request in flight, as interceptors (fault injection, the fault control endpoint) see it: they
 * may answer it themselves, run the real pipeline and then do something odd with the answer, or drop it.
 */
export interface Exchange {
  req: IncomingMessage
  res: ServerResponse
  /** X-Request-ID of this exchange (echoed from the client when sane). */
  requestId: string
  /** Headers every response carries (X-Request-ID; rate-limit headers are added by the gate). */
  headers: Record<string, string>
  method: string
  /** Path and query as parsed from the request line. */
  url: URL
  /** The path under the API base (`/campaigns/…`), or null when the request is outside it. */
  apiPath: string | null
  /**
   * Runs routing → gate → body → handler; never rejects (unexpected errors become Starlette's 500).
   * `body` is a body read earlier (null = it was over the cap); absent, the body is read from the request.
   */
  run(body?: Buffer | null): Promise<Reply>
  /** Writes a reply (unless the socket is gone) and logs the request line. */
  send(reply: Reply): void
  /** Logs the request line for an exchange answered outside `send` (streamed, dropped, reset). */
  note(outcome: string): void
}

/** Takes over a request when it returns true; otherwise the normal pipeline answers it. */
export type Interceptor = (exchange: Exchange) => boolean
