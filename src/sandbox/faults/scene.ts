import type { Exchange } from '../http/exchange'
import { readBody } from '../http/io'
import type { Reply } from '../http/route'
import type { FaultLogEntry } from './log'

/** Everything serving one fault needs: the exchange, its log entry, and a way to be cancelled at shutdown. */
export interface FaultScene {
  exchange: Exchange
  entry: FaultLogEntry
  /** X-RateLimit-Limit for injected 429s. */
  rateLimitPerMinute: number
  /** Registers a cancel function run when the sandbox closes; returns its unregistration. */
  hold(cancel: () => void): () => void
}

// Answers the client with `reply` and completes the log entry.
export function answer(scene: FaultScene, reply: Reply): void {
  scene.entry.status = reply.status
  scene.entry.done = true
  scene.exchange.send(reply)
}

// Ends the connection without a response: a TCP reset (ECONNRESET) or a plain close (the client sees "other side closed").
export function drop(scene: FaultScene, how: 'reset' | 'close'): void {
  scene.entry.status = null
  scene.entry.done = true
  scene.exchange.note(`dropped (${how})`)
  const socket = scene.exchange.req.socket
  if (how === 'reset' && !socket.destroyed) socket.resetAndDestroy()
  else socket.destroy()
}

/** Largest body a delayed request buffers up front (above every route's own cap). */
const EARLY_BODY_CAP = 128 * 1024 * 1024

// Reads the body now, as a real server would have received it before a stall (the client may leave meanwhile).
export function readEarly(scene: FaultScene): Promise<Buffer | null> {
  return readBody(scene.exchange.req, EARLY_BODY_CAP)
}

// Runs the real pipeline (auth, validation, handler) and records whether its write took effect.
export async function commit(scene: FaultScene, early?: Buffer | null): Promise<Reply> {
  const reply = await scene.exchange.run(early)
  scene.entry.handlerStatus = reply.status
  scene.entry.committed = reply.status < 400
  return reply
}

// Waits `ms`; resolves false instead when the sandbox is closing.
export function wait(scene: FaultScene, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      release()
      resolve(true)
    }, ms)
    const release = scene.hold(() => {
      clearTimeout(timer)
      resolve(false)
    })
  })
}
