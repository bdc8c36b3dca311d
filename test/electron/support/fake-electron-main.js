// The `electron` module seen by the built shell in the smoke test. It becomes ready at once, takes
// commands on stdin (`probe`, `quit`), and on exit writes its recording as JSON to
// $FAKE_ELECTRON_RECORD.
import { writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createFakeElectron } from './fake-electron.js'
import { runProbes } from './smoke-probes.js'

const fake = createFakeElectron({
  autoReady: true,
  userData: process.env.FAKE_ELECTRON_USER_DATA,
  onQuit: () => process.exit(0)
})
let probes = null

function snapshot() {
  const { record } = fake
  return {
    violations: record.violations,
    app: { ...record.app, events: fake.app.eventNames() },
    windows: record.windows.map((entry) => ({
      options: entry.options,
      loadedUrls: entry.loadedUrls,
      shown: entry.shown,
      windowOpenHandler: typeof entry.windowOpenHandler === 'function',
      webContentsEvents: entry.webContents.eventNames()
    })),
    privilegedSchemes: record.privilegedSchemes,
    protocolHandlers: Object.keys(record.protocolHandlers),
    ipcHandlers: Object.keys(record.ipcHandlers),
    ipcListeners: fake.ipcMain.eventNames(),
    permissions: Object.fromEntries(Object.entries(record.permissions).map(([k, v]) => [k, typeof v === 'function'])),
    openedExternal: record.openedExternal,
    sent: record.sent,
    probes
  }
}

process.on('exit', () => {
  if (process.env.FAKE_ELECTRON_RECORD) writeFileSync(process.env.FAKE_ELECTRON_RECORD, JSON.stringify(snapshot(), null, 2))
})

const commands = createInterface({ input: process.stdin })
commands.on('close', () => fake.app.quit())
commands.on('line', (line) => {
  const command = line.trim()
  if (command === 'probe') {
    void runProbes(fake).then(
      (result) => {
        probes = result
        console.log('[fake-electron] probes done')
      },
      (error) => console.log(`[fake-electron] probes failed: ${error?.message}`)
    )
  } else if (command === 'quit') {
    fake.app.quit()
  }
})

export const { app, BrowserWindow, protocol, session, ipcMain, shell, contextBridge, ipcRenderer, safeStorage } = fake
export default fake.electron
