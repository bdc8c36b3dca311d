import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, protocol, safeStorage, session, shell } from 'electron'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './electron/app-origin'
import { createAppProtocolHandler } from './electron/app-protocol'
import { closeCoreOnQuit, errorText } from './electron/core-lifecycle'
import { resolveDataDir } from './electron/data-dir'
import { bootDesktopCore, pendingCore } from './electron/desktop-core'
import { createMainWindow } from './electron/hardened-window'
import { forwardPushEvents, registerOperationHandlers } from './electron/ipc-adapter'
import { denyAllPermissions, guardWebContents } from './electron/navigation-guard'
import { createOpenExternal } from './electron/open-external'

// Electron entry: wires the hardened shell around the shared core. Decisions live in ./electron/*.
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs')
const RENDERER_DIR = join(import.meta.dirname, '../renderer')

const { dataDir, overridden } = resolveDataDir(process.argv, process.env, () => app.getPath('userData'))
if (overridden) app.setPath('userData', dataDir)

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()

if (app.requestSingleInstanceLock()) start()
else app.quit()

function start(): void {
  const core = pendingCore()
  const openExternal = createOpenExternal(shell)
  let mainWindow: BrowserWindow | null = null
  const openWindow = (): void => {
    mainWindow = createMainWindow(PRELOAD_PATH)
    mainWindow.on('closed', () => (mainWindow = null))
  }

  registerOperationHandlers(ipcMain, () => core.promise)
  closeCoreOnQuit(app, () => core.promise)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal))
  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) openWindow()
      return
    }
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow()
  })

  void app.whenReady().then(async () => {
    try {
      denyAllPermissions(session.defaultSession)
      protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR))
      openWindow()
    } catch (error) {
      console.error('[coldsend] window setup failed:', errorText(error))
    }
    try {
      const booted = await bootDesktopCore({ dataDir, version: app.getVersion(), safeStorage, env: process.env })
      core.resolve(booted)
      forwardPushEvents(booted, () => BrowserWindow.getAllWindows().map((window) => window.webContents))
      console.log('[coldsend] core ready')
    } catch (error) {
      core.reject(error)
      console.error('[coldsend] core failed to start:', errorText(error))
    }
  })
}
