import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './app-origin'

/**
 * The console window. Security settings are written inline (a scanner checks this object):
 * sandboxed, isolated, no Node, web security on, no webview tag. Hidden until the first paint so
 * there is no white flash; loads only app://console.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ColdSend console',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[coldsend] could not load the console page:', error instanceof Error ? error.message : String(error))
  })
  return window
}
