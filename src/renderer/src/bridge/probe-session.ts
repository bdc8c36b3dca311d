import { SESSION_PATH, TOKEN_HEADER } from '../../../shared/bridge-protocol'
import type { SessionVerdict } from './web-bridge-client'

/**
 * Asks the browser-mode shell whether this page's token is still valid (a WebSocket refusal looks
 * like any other drop to the page): 204 valid, 401 refused, anything else or no answer unreachable.
 */
export function sessionProber(token: string, fetchFn: typeof fetch = fetch): () => Promise<SessionVerdict> {
  return async () => {
    try {
      const res = await fetchFn(SESSION_PATH, { method: 'POST', headers: { [TOKEN_HEADER]: token }, cache: 'no-store', credentials: 'omit' })
      if (res.status === 204) return 'valid'
      return res.status === 401 ? 'refused' : 'unreachable'
    } catch {
      return 'unreachable'
    }
  }
}
