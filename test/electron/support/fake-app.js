// The fake `app`: paths, ready, single-instance lock and quit with Electron's event order
// (before-quit → windows destroyed → will-quit → quit), each step cancellable by preventDefault.
import { EventEmitter } from 'node:events'
import { FakeEvent } from './fake-event.js'

/** Creates the fake app; `state.ready` is shared with the other fakes to catch pre-ready misuse. */
export function createFakeApp({ record, state, windows, options }) {
  let markReady
  const readyPromise = new Promise((resolve) => (markReady = resolve))
  const paths = { userData: options.userData ?? '/tmp/fake-electron/user-data', temp: '/tmp', home: '/tmp' }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: (name) => paths[name] ?? `/tmp/fake-electron/${name}`,
    setPath(name, value) {
      if (state.ready && name === 'userData') record.violations.push('app.setPath(userData) after ready')
      paths[name] = value
      record.app.paths[name] = value
    },
    getVersion: () => options.version ?? '0.1.0',
    getName: () => 'coldsend-console',
    isReady: () => state.ready,
    whenReady: () => readyPromise,
    enableSandbox() {
      if (state.ready) record.violations.push('app.enableSandbox() after ready')
      record.app.sandboxEnabled = true
    },
    requestSingleInstanceLock() {
      record.app.singleInstanceLockRequested = true
      return options.singleInstanceLock ?? true
    },
    /** Fake-only: fires `ready` the way Electron does once Chromium is up. */
    becomeReady() {
      if (state.ready) return
      state.ready = true
      app.emit('ready', new FakeEvent(), {})
      markReady()
    },
    quit() {
      record.app.quitRequests += 1
      const before = new FakeEvent()
      app.emit('before-quit', before)
      if (before.defaultPrevented) return
      for (const window of [...windows]) window.destroy()
      const will = new FakeEvent()
      app.emit('will-quit', will)
      if (will.defaultPrevented) return
      app.emit('quit', new FakeEvent(), 0)
      record.app.quitted = true
      options.onQuit?.()
    },
    exit(code = 0) {
      record.app.exitCode = code
      options.onQuit?.()
    },
    focus() {}
  })
  return app
}
