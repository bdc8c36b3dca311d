import WebSocket from 'ws'
import { BRIDGE_SUBPROTOCOL, TOKEN_SUBPROTOCOL_PREFIX } from '../../../src/shared/bridge-protocol'

/** Where a browser-mode console listens, and the token its printed URL carries. */
export interface BridgeTarget {
  origin: string
  token: string
}

/** Splits the printed `Console ready at …` URL into the origin and the token. */
export function bridgeTarget(printedUrl: string): BridgeTarget {
  const url = new URL(printedUrl)
  return { origin: url.origin, token: url.searchParams.get('token') ?? '' }
}

/** The WebSocket URL of the bridge. */
export const bridgeWsUrl = (t: BridgeTarget) => `${t.origin.replace(/^http/, 'ws')}/bridge`

/** The subprotocols the real page offers. */
export const pageProtocols = (token: string) => [BRIDGE_SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${token}`]

/** Opens an authenticated bridge socket the way the page does (exact Origin, token as subprotocol). */
export function openBridge(t: BridgeTarget, opts: { origin?: string | null; protocols?: string[]; headers?: Record<string, string> } = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const origin = opts.origin === undefined ? t.origin : opts.origin
    const ws = new WebSocket(bridgeWsUrl(t), opts.protocols ?? pageProtocols(t.token), {
      ...(origin !== null ? { origin } : {}),
      headers: opts.headers ?? {}
    })
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

/** Sends one request and waits for the answer with that id. */
export function callBridge(ws: WebSocket, id: number, op: string, input: unknown): Promise<{ type: string; id: number | null; result: { ok: boolean; value?: unknown; error?: { kind: string; message: string } } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string; id: number | null; result: never }
      if (message.type === 'result' && message.id === id) {
        ws.off('message', onMessage)
        resolve(message)
      }
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ id, op, input }))
  })
}

/** Opens a socket, makes one call, closes: proof the console still answers. */
export async function bridgeAnswers(t: BridgeTarget): Promise<boolean> {
  const ws = await openBridge(t)
  try {
    const answer = await callBridge(ws, 1, 'profiles.list', {})
    return answer.result.ok === true
  } finally {
    ws.close()
  }
}
