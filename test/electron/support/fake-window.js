// The fake BrowserWindow and its webContents: records constructor options, loaded URLs, `show`,
// the window-open handler and every webContents listener; announces itself like Electron does.
import { EventEmitter } from 'node:events'
import { FakeEvent } from './fake-event.js'

/** Creates the BrowserWindow class bound to one fake electron instance. */
export function createFakeBrowserWindow({ record, state, windows, app, session }) {
  let nextId = 1
  const createWebContents = (entry) => {
    const mainFrame = { url: '', parent: null, frames: [], routingId: 1, processId: 1 }
    const contents = Object.assign(new EventEmitter(), {
      id: nextId++,
      session,
      mainFrame,
      destroyed: false,
      getURL: () => mainFrame.url,
      isDestroyed: () => contents.destroyed,
      setWindowOpenHandler(handler) {
        entry.windowOpenHandler = handler
      },
      send: (channel, ...args) => record.sent.push([channel, ...args]),
      openDevTools() {}
    })
    return contents
  }

  return class BrowserWindow extends EventEmitter {
    static getAllWindows() {
      return windows.filter((window) => !window.destroyed)
    }
    constructor(windowOptions = {}) {
      super()
      if (!state.ready) record.violations.push('new BrowserWindow() before ready')
      this.entry = { options: windowOptions, loadedUrls: [], shown: false, windowOpenHandler: null }
      this.destroyed = false
      this.webContents = createWebContents(this.entry)
      this.entry.webContents = this.webContents
      windows.push(this)
      record.windows.push(this.entry)
      app.emit('browser-window-created', new FakeEvent(), this)
      app.emit('web-contents-created', new FakeEvent(), this.webContents)
    }
    loadURL(url) {
      this.entry.loadedUrls.push(url)
      this.webContents.mainFrame.url = url
      setImmediate(() => this.emit('ready-to-show', new FakeEvent()))
      return Promise.resolve()
    }
    loadFile(file) {
      record.violations.push(`loadFile(${file})`)
      return Promise.resolve()
    }
    show() {
      this.entry.shown = true
    }
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      if (this.destroyed) return
      this.destroyed = true
      this.webContents.destroyed = true
      this.emit('closed')
    }
    close() {
      this.destroy()
    }
  }
}
