import type { Envelope } from '../../../shared/contract/envelope'
import type { ColdsendFacade } from '../../../shared/contract/facade'
import type { OperationName } from '../../../shared/contract/operations'
import { bridgeInternalError, bridgeNetworkError } from './bridge-errors'
import { buildFacade } from './build-facade'
import { EventListeners } from './event-listeners'
import { isEnvelope } from './is-envelope'
import { parseBridgeMessage } from './parse-bridge-message'

/** The slice of the browser WebSocket the bridge uses; tests inject a fake with the same shape. */
export interface BridgeSocket {
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
}

/** Options for the browser-mode client; everything but `url` exists so tests can control it. */
export interface WebBridgeOptions {
  url: string
  createSocket?: (url: string) => BridgeSocket
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
  payload: string
  sent: boolean
  resolve: (envelope: Envelope<unknown>) => void
}

const browserSocket = (url: string) => new WebSocket(url) as unknown as BridgeSocket

/**
 * Browser mode's facade: the same `ColdsendFacade` as the Electron preload, over one WebSocket to
 * the web shell. Correlates answers by request id, reconnects with backoff, and never throws —
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
    const call = message ? pending.get(message.id) : undefined
    if (!message || !call) return
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

  function connect(): void {
    if (disposed) return
    let s: BridgeSocket
    try {
      s = createSocket(options.url)
    } catch {
      failAll()
      return scheduleReconnect()
    }
    socket = s
    s.onopen = () => {
      open = true
      delay = initialDelay
      flush()
    }
    s.onmessage = (event) => onMessage(event.data)
    s.onerror = () => undefined // a close always follows
    s.onclose = () => {
      if (socket !== s) return
      socket = null
      open = false
      failAll()
      scheduleReconnect()
    }
  }

  const call = (op: OperationName, input: unknown): Promise<Envelope<unknown>> => {
    if (disposed) return Promise.resolve({ ok: false, error: bridgeNetworkError(op, false, now()) })
    const id = nextId++
    let payload: string
    try {
      payload = JSON.stringify({ id, op, input: input ?? {} })
    } catch {
      return Promise.resolve({ ok: false, error: bridgeInternalError(op, 'The request could not be encoded.', now()) })
    }
    return new Promise((resolve) => {
      pending.set(id, { op, payload, sent: false, resolve })
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
