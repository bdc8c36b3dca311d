import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { App } from 'electron'
import type { Core } from '../../src/main/core/core-api'
import { closeCoreOnQuit } from '../../src/main/electron/core-lifecycle'
import { FakeEvent } from './support/fake-electron.js'

function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    quitted: 0,
    quit() {
      const event = new FakeEvent()
      app.emit('will-quit', event)
      if (!event.defaultPrevented) app.quitted += 1
    }
  })
  return app
}

const core = (close: () => Promise<void>): Core => ({ invoke: vi.fn(), subscribe: vi.fn(), close: vi.fn(close) })

describe('closeCoreOnQuit', () => {
  it('holds the quit until close() settles, then quits once', async () => {
    const app = fakeApp()
    let finish!: () => void
    const booted = core(() => new Promise<void>((done) => (finish = done)))
    closeCoreOnQuit(app as unknown as Pick<App, 'on' | 'quit'>, async () => booted)
    app.quit()
    app.quit() // a second request while closing is also held
    await vi.waitFor(() => expect(booted.close).toHaveBeenCalledTimes(1))
    expect(app.quitted).toBe(0)
    finish()
    await vi.waitFor(() => expect(app.quitted).toBe(1))
  })

  it('quits anyway when close() hangs past the deadline or boot failed', async () => {
    const hung = fakeApp()
    closeCoreOnQuit(hung as unknown as Pick<App, 'on' | 'quit'>, async () => core(() => new Promise<void>(() => undefined)), 20)
    hung.quit()
    await vi.waitFor(() => expect(hung.quitted).toBe(1))

    const failed = fakeApp()
    closeCoreOnQuit(failed as unknown as Pick<App, 'on' | 'quit'>, async () => Promise.reject(new Error('no core')))
    failed.quit()
    await vi.waitFor(() => expect(failed.quitted).toBe(1))
  })
})
