import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNEL, operationChannel } from '../shared/contract/facade'
import { buildFacade } from './build-facade'

// Sandboxed preload (bundled to CommonJS): exposes exactly one object, `window.coldsend`, and no
// Electron or Node API. Raw ipcRenderer and IpcRendererEvent never reach the page (checklist #20).
const facade = buildFacade(
  // Options travel only when the page gave some, already copied by the facade (main checks them again).
  (name, input, options) =>
    options === undefined ? ipcRenderer.invoke(operationChannel(name), input) : ipcRenderer.invoke(operationChannel(name), input, options),
  (listener) => {
    const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => listener(name, payload)
    ipcRenderer.on(EVENT_CHANNEL, relay)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay)
    }
  }
)

contextBridge.exposeInMainWorld('coldsend', facade)
