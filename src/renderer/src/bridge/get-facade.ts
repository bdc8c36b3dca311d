import { BRIDGE_PATH } from '../../../shared/bridge-protocol'
import type { ColdsendFacade } from '../../../shared/contract/facade'
import { stripTokenFromAddressBar } from './strip-token'
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

/**
 * The one way the renderer reaches the core: the preload's `window.coldsend` in Electron, otherwise
 * a WebSocket client to the browser-mode shell (the cookie set from `?token=` authenticates it).
 */
export function getFacade(): ColdsendFacade {
  if (cached) return cached
  const exposed = exposedFacade()
  if (exposed) return (cached = exposed)
  stripTokenFromAddressBar({ location: window.location, history: window.history })
  cached = createWebBridgeClient({ url: bridgeUrl(window.location) }).facade
  return cached
}
