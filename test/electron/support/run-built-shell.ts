import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './built-shell'

/** What the smoke fake wrote when the built shell exited. */
export interface ShellRecording {
  violations: string[]
  app: { sandboxEnabled: boolean; singleInstanceLockRequested: boolean; quitRequests: number; quitted: boolean; paths: Record<string, string>; events: string[] }
  windows: { options: { show?: boolean; webPreferences: Record<string, unknown> }; loadedUrls: string[]; shown: boolean; windowOpenHandler: boolean; webContentsEvents: string[] }[]
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: string[]
  ipcHandlers: string[]
  ipcListeners: string[]
  permissions: Record<'request' | 'check' | 'device', boolean>
  openedExternal: string[]
  sent: unknown[][]
  probes: {
    canary: { saved: { ok: boolean | null; kind?: string; message?: string }; echoed: boolean } | null
    ipc: Record<'trusted' | 'nullFrame' | 'subFrame' | 'evilOrigin', { ok: boolean | null; kind?: string; message?: string }>
    windowOpen: string[]
    navigation: Record<'evilPrevented' | 'appPrevented' | 'redirectPrevented' | 'webviewPrevented', boolean>
    permissionGranted: boolean | null
    permissionCheck: boolean | null
    protocol: { indexStatus: number; indexType: string | null; csp: string | null; traversalStatus: number }
  } | null
}

/** The finished run: recording, exit code, output, the data dir it was given and the canary key used. */
export interface ShellRun {
  recording: ShellRecording
  exitCode: number | null
  output: string
  dataDir: string
  canary: string
}

/** A fresh key in the documented `cs_live_` + 40 alphanumerics shape, unique per run. */
function canaryKey(): string {
  return `cs_live_${randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(40, 'Q').slice(0, 40)}`
}

function waitFor(read: () => string, pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
  return new Promise((done, fail) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (pattern.test(read())) {
        clearInterval(timer)
        done()
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer)
        fail(new Error(`timed out waiting for ${what}; output so far:\n${read()}`))
      }
    }, 25)
  })
}

/**
 * Runs `node --import register-fake-electron.js <main>` with a temp --data-dir, waits for the
 * shell to report its core (ready or failed), asks the fake to probe, then to quit.
 */
export async function runBuiltShell(mainEntry: string, timeoutMs = 20_000): Promise<ShellRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'coldsend-shell-'))
  const dataDir = join(scratch, 'data')
  const recordFile = join(scratch, 'recording.json')
  const canary = canaryKey()
  const child = spawn(process.execPath, ['--import', join(import.meta.dirname, 'register-fake-electron.js'), mainEntry, '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, FAKE_ELECTRON_RECORD: recordFile, FAKE_ELECTRON_CANARY: canary, FAKE_ELECTRON_USER_DATA: join(scratch, 'user-data'), COLDSEND_DATA_DIR: '' },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  try {
    await waitFor(() => output, /\[coldsend\] core (ready|failed to start)/, timeoutMs, 'the shell to boot its core')
    child.stdin.write('probe\n')
    await waitFor(() => output, /\[fake-electron\] probes (done|failed)/, timeoutMs, 'the probes')
    child.stdin.write('quit\n')
    const exitCode = await Promise.race([exited, new Promise<null>((done) => setTimeout(() => done(null), timeoutMs))])
    if (exitCode === null) throw new Error(`the shell did not exit after quit; output:\n${output}`)
    return { recording: JSON.parse(readFileSync(recordFile, 'utf8')) as ShellRecording, exitCode, output, dataDir, canary }
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
  }
}
