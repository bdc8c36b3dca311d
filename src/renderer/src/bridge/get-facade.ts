import { BRIDGE_PATH } from '../../../shared/bridge-protocol'
import type { ColdsendFacade } from '../../../shared/contract/facade'
import { setConnectionState } from '../stores/connection-store'
import { sessionProber } from './probe-session'
import { takeSessionToken } from './session-token'
import { createWebBridgeClient } from './web-bridge-client'

let cached: ColdsendFacade | null = null

function exposedFacade(): ColdsendFacade | null {
  const candidate = (window as unknown as { coldsend?: unknown }).coldsend
  if (typeof candidate !== 'object' || candidate === null) return null
  return typeof (candidate as { on?: unknown }).on === 'function' ? (candidate as ColdsendFacade) : null
}

/** WebSocket address of the web shell's bridge, on the same origin the page came from. */
export function bridgeUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}`
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

/**
 * The one way the renderer reaches the core: the preload's `window.coldsend` in Electron, otherwise
 * a WebSocket client to the browser-mode shell, authenticated by the token the page was opened with.
 */
export function getFacade(): ColdsendFacade {
  if (cached) return cached
  const exposed = exposedFacade()
  if (exposed) return (cached = exposed)
  const token = takeSessionToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() })
  setConnectionState('connecting')
  cached = createWebBridgeClient({
    url: bridgeUrl(window.location),
    token,
    ...(token !== null ? { probeSession: sessionProber(token) } : {}),
    onState: setConnectionState
  }).facade
  return cached
}
