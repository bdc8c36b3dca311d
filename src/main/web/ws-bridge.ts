import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { BridgeRequestSchema, type BridgeMessage } from '../../shared/bridge-protocol'
import type { Core } from '../core/core-api'

// Room for the largest contract input (a 50 MiB lead CSV, JSON-escaped) and no more; the page is already authenticated.
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

/**
 * The browser-mode twin of the Electron IPC adapter: requests over a WebSocket go to the same
 * core; push events go to every connected page. Authentication happens before the upgrade.
 */
export function createWsBridge(core: Core) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  const send = (ws: WebSocket, message: BridgeMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
  }
  const unsubscribe = core.subscribe((event) => {
    for (const ws of wss.clients) send(ws, { type: 'event', name: event.name, payload: event.payload })
  })

  wss.on('connection', (ws) => {
    ws.on('message', async (data, isBinary) => {
      if (isBinary) return ws.close(1003, 'text only')
      let parsed: unknown
      try {
        parsed = JSON.parse(data.toString())
      } catch {
        return ws.close(1007, 'invalid JSON')
      }
      const request = BridgeRequestSchema.safeParse(parsed)
      if (!request.success) return ws.close(1008, 'invalid request')
      const result = await core.invoke(request.data.op, request.data.input)
      send(ws, { type: 'result', id: request.data.id, result })
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
