// A hand-written stand-in for the `electron` module (the binary is not available here). It records
// what the shell registers — window options, webContents handlers, session permission handlers,
// protocol registrations, ipcMain channels, contextBridge exposure, app lifecycle — and lets tests
// drive `ready` and `quit` the way Electron would. Used by vi.mock('electron') and by the built-bundle
// smoke test (through a Node resolve hook).
import { EventEmitter } from 'node:events'
import { createFakeApp } from './fake-app.js'
import { createFakeSafeStorage } from './fake-safe-storage.js'
import { createFakeBrowserWindow } from './fake-window.js'

export { FakeEvent } from './fake-event.js'

function emptyRecord() {
  return {
    violations: [],
    app: { sandboxEnabled: false, singleInstanceLockRequested: false, quitRequests: 0, quitted: false, paths: {} },
    windows: [],
    privilegedSchemes: [],
    protocolHandlers: {},
    ipcHandlers: {},
    exposed: {},
    permissions: { request: null, check: null, device: null },
    openedExternal: [],
    sent: [],
    invocations: []
  }
}

/** Creates a fresh fake `electron`; see fake-electron.d.ts for the options. */
export function createFakeElectron(options = {}) {
  const record = emptyRecord()
  const state = { ready: false }
  const windows = []
  const app = createFakeApp({ record, state, windows, options })

  const defaultSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (handler) => (record.permissions.request = handler),
    setPermissionCheckHandler: (handler) => (record.permissions.check = handler),
    setDevicePermissionHandler: (handler) => (record.permissions.device = handler),
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} }
  })
  const session = { defaultSession, fromPartition: () => defaultSession }
  const BrowserWindow = createFakeBrowserWindow({ record, state, windows, app, session: defaultSession })

  const protocol = {
    registerSchemesAsPrivileged(schemes) {
      if (state.ready) record.violations.push('protocol.registerSchemesAsPrivileged() after ready')
      record.privilegedSchemes.push(...schemes)
    },
    handle(scheme, handler) {
      if (!state.ready) record.violations.push('protocol.handle() before ready')
      record.protocolHandlers[scheme] = handler
    },
    isProtocolHandled: (scheme) => scheme in record.protocolHandlers,
    unhandle: (scheme) => delete record.protocolHandlers[scheme]
  }

  const ipcMain = Object.assign(new EventEmitter(), {
    handle(channel, handler) {
      if (channel in record.ipcHandlers) throw new Error(`Attempted to register a second handler for '${channel}'`)
      record.ipcHandlers[channel] = handler
    },
    removeHandler: (channel) => delete record.ipcHandlers[channel]
  })

  const shell = {
    openExternal(url) {
      record.openedExternal.push(url)
      return Promise.resolve()
    },
    openPath: () => Promise.resolve('')
  }

  const contextBridge = {
    exposeInMainWorld(key, api) {
      record.exposed[key] = api
    }
  }

  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke(channel, ...args) {
      record.invocations.push([channel, ...args])
      return Promise.resolve(options.invokeResult ?? { ok: true, value: null })
    }
  })

  const safeStorage = options.safeStorage ?? createFakeSafeStorage()
  const electron = { app, BrowserWindow, protocol, session, ipcMain, shell, contextBridge, ipcRenderer, safeStorage }
  if (options.autoReady) setImmediate(() => app.becomeReady())
  return { ...electron, electron, record, windows }
}
