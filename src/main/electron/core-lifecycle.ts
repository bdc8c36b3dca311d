import type { App } from 'electron'
import type { Core } from '../core/core-api'

/**
 * Closes the core before the app exits. Electron does not await `will-quit` listeners, so the first
 * quit is held (preventDefault), the core is closed (bounded by `timeoutMs` so a stuck close
 * cannot block exit), and quit is requested again.
 */
export function closeCoreOnQuit(app: Pick<App, 'on' | 'quit'>, getCore: () => Promise<Core>, timeoutMs = 5000): void {
  let state: 'running' | 'closing' | 'closed' = 'running'
  app.on('will-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    const closing = getCore().then(
      (core) => core.close(),
      () => undefined // boot failed: nothing to close
    )
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<void>((done) => {
      timer = setTimeout(done, timeoutMs)
    })
    void Promise.race([closing, deadline])
      .catch((error: unknown) => console.error('[coldsend] core did not close cleanly:', errorText(error)))
      .finally(() => {
        clearTimeout(timer)
        state = 'closed'
        app.quit()
      })
  })
}

/** A loggable one-liner for an unknown failure (message only: no stack, no cause chain). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
