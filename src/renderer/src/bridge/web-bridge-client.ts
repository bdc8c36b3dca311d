import { BRIDGE_SUBPROTOCOL, TOKEN_SUBPROTOCOL_PREFIX } from '../../../shared/bridge-protocol'
import type { CallOptions } from '../../../shared/contract/call-options'
import type { Envelope } from '../../../shared/contract/envelope'
import type { ColdsendFacade } from '../../../shared/contract/facade'
import type { OperationName } from '../../../shared/contract/operations'
import { bridgeInternalError, bridgeNetworkError } from './bridge-errors'
import { encodeBridgeRequest } from './bridge-request'
import { buildFacade } from './build-facade'
import type { ConnectionState } from './connection-state'
import { EventListeners } from './event-listeners'
import { isEnvelope } from './is-envelope'
import { parseBridgeMessage } from './parse-bridge-message'

/** The slice of the browser WebSocket the bridge uses; tests inject a fake with the same shape. */
export interface BridgeSocket {
  send(data: string | Uint8Array): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
}

/** What the session probe found after a failed connection: the token was refused, or the console is down. */
export type SessionVerdict = 'valid' | 'refused' | 'unreachable'

/** Options for the browser-mode client; everything but `url` and `token` exists so tests can control it. */
export interface WebBridgeOptions {
  url: string
  /** This launch's access token (null: the page was opened without one). */
  token: string | null
  createSocket?: (url: string, protocols: string[]) => BridgeSocket
  /** Asks the shell whether the token is still valid; lets a refused token stop the reconnect loop. */
  probeSession?: () => Promise<SessionVerdict>
  /** Told of every connection state change (drives the "reconnecting…" banner). */
  onState?: (state: ConnectionState) => void
  /** First reconnect delay; doubles per failed attempt up to `maxDelayMs`. */
  initialDelayMs?: number
  maxDelayMs?: number
  now?: () => Date
}

/** A running browser-mode client: the facade plus a way to shut it down. */
export interface WebBridgeClient {
  facade: ColdsendFacade
  dispose(): void
}

interface PendingCall {
  op: OperationName
  payload: string | Uint8Array
  sent: boolean
  resolve: (envelope: Envelope<unknown>) => void
}

const browserSocket = (url: string, protocols: string[]) => new WebSocket(url, protocols) as unknown as BridgeSocket

/**
 * Browser mode's facade: the same `ColdsendFacade` as the Electron preload, over one WebSocket to
 * the web shell, authenticated by the token offered as a subprotocol. Correlates answers by id,
 * reconnects with backoff (stopping when the shell says the token is refused), and never throws —
 * calls cut off by a dropped socket resolve with a `network` error envelope.
 */
export function createWebBridgeClient(options: WebBridgeOptions): WebBridgeClient {
  const createSocket = options.createSocket ?? browserSocket
  const initialDelay = options.initialDelayMs ?? 250
  const maxDelay = options.maxDelayMs ?? 5_000
  const now = options.now ?? (() => new Date())
  const pending = new Map<number, PendingCall>()
  const listeners = new EventListeners()
  let socket: BridgeSocket | null = null
  let open = false
  let nextId = 1
  let delay = initialDelay
  let timer: ReturnType<typeof setTimeout> | null = null
  let disposed = false
  let state: ConnectionState = 'connecting'

  const setState = (next: ConnectionState) => {
    if (next === state) return
    state = next
    options.onState?.(next)
  }

  const failAll = () => {
    for (const [id, call] of pending) {
      pending.delete(id)
      call.resolve({ ok: false, error: bridgeNetworkError(call.op, call.sent, now()) })
    }
  }

  const flush = () => {
    for (const call of pending.values()) {
      if (call.sent || !socket || !open) continue
      try {
        socket.send(call.payload)
        call.sent = true
      } catch {
        return // the close handler fails the call
      }
    }
  }

  const onMessage = (data: unknown) => {
    const message = parseBridgeMessage(data)
    if (message?.type === 'event') return listeners.dispatch(message.name, message.payload)
    const call = message && message.id !== null ? pending.get(message.id) : undefined
    if (!message || message.id === null || !call) return
    pending.delete(message.id)
    call.resolve(
      isEnvelope(message.result)
        ? message.result
        : { ok: false, error: bridgeInternalError(call.op, 'The console backend sent a malformed answer.', now()) }
    )
  }

  const scheduleReconnect = () => {
    if (disposed || timer) return
    timer = setTimeout(() => {
      timer = null
      connect()
    }, delay)
    delay = Math.min(delay * 2, maxDelay)
  }

  // After a failed or dropped connection: stop for good when the token is refused, else try again.
  const afterLoss = async () => {
    const verdict = options.probeSession ? await options.probeSession().catch((): SessionVerdict => 'unreachable') : 'unreachable'
    if (disposed) return
    if (verdict === 'refused') return setState('refused')
    setState('reconnecting')
    scheduleReconnect()
  }

  function connect(): void {
    if (disposed) return
    if (options.token === null) return setState('refused')
    let s: BridgeSocket
    try {
      s = createSocket(options.url, [BRIDGE_SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${options.token}`])
    } catch {
      failAll()
      void afterLoss()
      return
    }
    socket = s
    s.onopen = () => {
      open = true
      delay = initialDelay
      setState('open')
      flush()
    }
    s.onmessage = (event) => onMessage(event.data)
    s.onerror = () => undefined // a close always follows
    s.onclose = () => {
      if (socket !== s) return
      socket = null
      open = false
      failAll()
      void afterLoss()
    }
  }

  const call = (op: OperationName, input: unknown, callOptions?: CallOptions | null): Promise<Envelope<unknown>> => {
    if (disposed || state === 'refused') return Promise.resolve({ ok: false, error: bridgeNetworkError(op, false, now()) })
    const id = nextId++
    const encoded = encodeBridgeRequest(id, op, input, now(), callOptions)
    if ('error' in encoded) return Promise.resolve({ ok: false, error: encoded.error })
    return new Promise((resolve) => {
      pending.set(id, { op, payload: encoded.payload, sent: false, resolve })
      flush()
    })
  }

  connect()
  return {
    facade: buildFacade(call, (event, listener) => listeners.add(event, listener)),
    dispose() {
      disposed = true
      if (timer) clearTimeout(timer)
      const s = socket
      socket = null
      open = false
      s?.close(1000, 'client closed')
      failAll()
      listeners.clear()
    }
  }
}
