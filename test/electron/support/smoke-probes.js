// Exercises what the built shell registered with the fake, from inside the shell's process, and
// returns plain JSON: IPC from trusted and hostile frames, window.open, navigation, webview,
// permissions and the app:// handler.
import { FakeEvent } from './fake-event.js'

function summarise(envelope) {
  if (!envelope || typeof envelope !== 'object') return { ok: null }
  return envelope.ok ? { ok: true } : { ok: false, kind: envelope.error?.kind, message: envelope.error?.message }
}

async function probeIpc(record, contents) {
  const handler = record.ipcHandlers['coldsend:op:app.info']
  if (!handler || !contents) return null
  const mainFrame = contents.mainFrame
  const subFrame = { url: mainFrame.url, parent: mainFrame }
  const events = {
    trusted: { sender: contents, senderFrame: mainFrame },
    nullFrame: { sender: contents, senderFrame: null },
    subFrame: { sender: contents, senderFrame: subFrame },
    evilOrigin: { sender: contents, senderFrame: { url: 'https://app.evil/', parent: null } }
  }
  const results = {}
  for (const [name, event] of Object.entries(events)) results[name] = summarise(await handler(event, {}))
  return results
}

// Saves a profile with a canary key through the trusted channel, so the test can check that only
// ciphertext reached the data dir and that no IPC answer carried the key back.
async function probeCanary(record, contents) {
  const canary = process.env.FAKE_ELECTRON_CANARY
  const handler = record.ipcHandlers['coldsend:op:profiles.save']
  if (!canary || !handler || !contents) return null
  const trusted = { sender: contents, senderFrame: contents.mainFrame }
  const saved = await handler(trusted, { name: 'Canary profile', baseUrl: 'https://api.coldsend.test', apiKey: canary })
  const listed = await record.ipcHandlers['coldsend:op:profiles.list']?.(trusted, {})
  return { saved: summarise(saved), echoed: JSON.stringify([saved, listed]).includes(canary) }
}

function probeNavigation(contents) {
  const attempt = (name, fields) => {
    const event = new FakeEvent(fields)
    contents.emit(name, event, fields.url)
    return event.defaultPrevented
  }
  return {
    evilPrevented: attempt('will-navigate', { url: 'https://evil.example/' }),
    appPrevented: attempt('will-navigate', { url: 'app://console/index.html#/campaigns' }),
    redirectPrevented: attempt('will-redirect', { url: 'http://evil.example/' }),
    webviewPrevented: attempt('will-attach-webview', {})
  }
}

async function probeProtocol(record) {
  const handler = record.protocolHandlers.app
  if (!handler) return null
  const index = await handler(new Request('app://console/index.html'))
  const traversal = await handler(new Request('app://console/..%2f..%2f..%2fetc%2fpasswd'))
  return {
    indexStatus: index.status,
    indexType: index.headers.get('content-type'),
    csp: index.headers.get('content-security-policy'),
    traversalStatus: traversal.status
  }
}

/** Runs every probe against the fake's record. */
export async function runProbes(fake) {
  const { record } = fake
  const entry = record.windows[0]
  const contents = entry?.webContents
  const openResults = entry?.windowOpenHandler
    ? ['https://docs.coldsend.pro/guide', 'https://evil.example/'].map((url) => entry.windowOpenHandler({ url }).action)
    : null
  let permissionGranted = null
  record.permissions.request?.(contents, 'media', (granted) => (permissionGranted = granted), {})
  return {
    ipc: await probeIpc(record, contents),
    canary: await probeCanary(record, contents),
    windowOpen: openResults,
    navigation: contents ? probeNavigation(contents) : null,
    permissionGranted,
    permissionCheck: record.permissions.check ? record.permissions.check(contents, 'notifications', 'app://console', {}) : null,
    protocol: await probeProtocol(record)
  }
}
