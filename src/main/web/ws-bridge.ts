import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { BRIDGE_SUBPROTOCOL, MAX_BINARY_MESSAGE_BYTES, type BridgeMessage } from '../../shared/bridge-protocol'
import type { AppError } from '../../shared/contract/app-error'
import type { CallOptions } from '../../shared/contract/call-options'
import { fail } from '../../shared/contract/envelope'
import type { Core } from '../core/core-api'
import { makeAppError } from '../core/errors/app-error-factory'
import { callOptionsRefusal } from '../core/errors/call-options-refusal'
import { readBridgeMessage } from './bridge-message'
import { ConnectionBudget, DEFAULT_CONNECTION_BUDGET, type ConnectionBudgetOptions } from './connection-budget'

/** Bridge settings: per-connection limits (tests lower them) and where protocol trouble is logged. */
export interface WsBridgeOptions {
  budget?: ConnectionBudgetOptions
  log?: (line: string) => void
}

// Answers a request the bridge itself refuses; says nothing about the internals.
function refusal(id: number | null, error: AppError): BridgeMessage {
  return { type: 'result', id, result: fail(error) }
}

const malformed = (reason: string) =>
  makeAppError({ kind: 'internal', operation: 'bridge', guidance: 'report-bug', message: `The console refused a malformed request (${reason}).` })

const slowDown = () =>
  makeAppError({ kind: 'rate_limited', operation: 'bridge', guidance: 'wait-rate-limit', retryable: true, retryAt: new Date(Date.now() + 1000).toISOString(),
    message: 'This page sent too many requests at once; the console will take more in a moment.' })

/**
 * The browser-mode twin of the Electron IPC adapter: requests over a WebSocket go to the same
 * core; push events go to every connected page. Authentication happens before the upgrade. A
 * protocol violation closes that one socket with its code (1002/1007/1009) — never the process.
 */
export function createWsBridge(core: Core, options: WsBridgeOptions = {}) {
  const log = options.log ?? (() => undefined)
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_BINARY_MESSAGE_BYTES,
    // Only the console's subprotocol is ever selected; the token offered beside it is never echoed.
    handleProtocols: (protocols) => (protocols.has(BRIDGE_SUBPROTOCOL) ? BRIDGE_SUBPROTOCOL : false)
  })
  wss.on('error', (error) => log(`bridge server error: ${error.message}`))
  const send = (ws: WebSocket, message: BridgeMessage) => {
    if (ws.readyState !== ws.OPEN) return
    ws.send(JSON.stringify(message), (error) => {
      if (error) log(`bridge send failed: ${error.message}`)
    })
  }
  const unsubscribe = core.subscribe((event) => {
    for (const ws of wss.clients) send(ws, { type: 'event', name: event.name, payload: event.payload })
  })

  const run = async (ws: WebSocket, budget: ConnectionBudget, id: number, op: string, input: unknown, callOptions: CallOptions | undefined) => {
    try {
      send(ws, { type: 'result', id, result: await core.invoke(op, input, callOptions) })
    } catch {
      send(ws, refusal(id, makeAppError({ kind: 'internal', operation: op.slice(0, 100), guidance: 'report-bug', message: 'The operation failed unexpectedly.' })))
    } finally {
      budget.done()
    }
  }

  wss.on('connection', (ws) => {
    const budget = new ConnectionBudget(options.budget ?? DEFAULT_CONNECTION_BUDGET)
    // The ws library closes the socket itself with the matching code (1002, 1007, 1009) after this.
    ws.on('error', (error) => log(`bridge socket closed on a protocol error: ${error.message}`))
    ws.on('message', (data, isBinary) => {
      const inbound = readBridgeMessage(data, isBinary)
      if (inbound.kind === 'close') return ws.close(inbound.code, inbound.reason)
      if (inbound.kind === 'reject') return send(ws, refusal(inbound.id, malformed(inbound.reason)))
      if (inbound.kind === 'bad-options') return send(ws, refusal(inbound.id, callOptionsRefusal(inbound.op)))
      const admitted = budget.admit()
      if (admitted !== 'ok') return send(ws, refusal(inbound.id, slowDown()))
      void run(ws, budget, inbound.id, inbound.op, inbound.input, inbound.options)
    })
  })

  return {
    /** Completes an already-authenticated upgrade. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
    },
    /** Closes every socket. */
    async close() {
      unsubscribe()
      for (const ws of wss.clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    }
  }
}
