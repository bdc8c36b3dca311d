// Starting the built browser-mode console (`node out/main/web.js`) and headless Chromium for the
// benchmarks, the way a user starts them; shared by every browser row.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'

/**
 * Starts browser mode on `dataDir` (env: COLDSEND_BASE_URL / COLDSEND_API_KEY to use a given API; empty
 * = the embedded sandbox) and resolves with its URL (token included), the child process, and how many
 * ms it took to print "Console ready".
 */
export function startConsole(root, dataDir, env = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [join(root, 'out/main/web.js'), '--no-open', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, COLDSEND_BASE_URL: '', COLDSEND_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 30_000)
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${out}`)))
    child.stdout.on('data', (d) => {
      out += d
      const match = /Console ready at (\S+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1], child, readyMs: performance.now() - started, stop: () => child.kill('SIGTERM') })
      }
    })
  })
}

/** Headless Chromium with the flags this closed machine needs. */
export function launchBrowser(chromiumPath) {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
}

/**
 * Starts the sandbox API in its own process (`node out/main/sandbox.js`, as `npm run sandbox` does),
 * so every client — bare ky, the core, the console — reaches it across processes like a real server.
 */
export function startSandboxProcess(root, dataDir, args = []) {
  const child = spawn(process.execPath, [join(root, 'out/main/sandbox.js'), '--port', '0', '--data-dir', dataDir, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${out}`)), 30_000)
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${out}`)))
    child.stdout.on('data', (d) => {
      out += d
      const url = /Sandbox API: (\S+)/.exec(out)?.[1]
      const key = /API key: (\S+)/.exec(out)?.[1]
      if (url && key) {
        clearTimeout(timer)
        resolve({ baseUrl: url, key, child, stop: () => child.kill('SIGTERM') })
      }
    })
  })
}
