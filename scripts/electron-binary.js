// Finds the Electron binary that node_modules/electron would run, and fetches it once when missing.
// electron 45 has no postinstall: its index.js downloads the binary on the first require('electron')
// and prints a stack trace when that fails. This does the same download through the package's own
// install.js, with its output captured, so `npm start` can say in one line what happened.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const CAUSE_HOOK = join(import.meta.dirname, 'electron-download-cause.cjs')
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim()
}

/** Where the electron package is and its version (the binary must match it); null when it is not installed. */
export function locateElectronPackage({ root = ROOT, requireFn = createRequire(join(root, 'package.json')), readFile = readFileSync } = {}) {
  try {
    const manifest = requireFn.resolve('electron/package.json')
    return { dir: dirname(manifest), version: String(JSON.parse(readFile(manifest, 'utf8')).version) }
  } catch {
    return null
  }
}

/** The binary electron's index.js would return (path.txt under dist/, or ELECTRON_OVERRIDE_DIST_PATH), if it exists; never downloads. */
export function installedBinaryPath(packageDir, { exists = existsSync, readFile = readFileSync, env = process.env } = {}) {
  const pathFile = join(packageDir, 'path.txt')
  const relative = exists(pathFile) ? readFile(pathFile, 'utf8').trim() : ''
  let binary = null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
  else if (relative) binary = join(packageDir, 'dist', relative)
  return binary && exists(binary) ? binary : null
}

/** For tests and tools that must never download: the installed binary, or why there is none. */
export function findInstalledElectron(options = {}) {
  const found = locateElectronPackage(options)
  if (!found) return { path: null, reason: 'the electron package is not installed' }
  const binary = installedBinaryPath(found.dir, options)
  if (binary) return { path: binary, reason: null }
  return { path: null, reason: `the Electron ${found.version} binary is not downloaded yet; npm start or npx install-electron fetches it` }
}

/** The line of a failed install.js run that says why (not a stack frame), without the error class. */
export function downloadFailureReason(output) {
  const line = String(output)
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '))
  return line ? line.replace(/^[A-Za-z]*Error: /, '') : null
}

/** Runs electron's install.js (the download `require('electron')` would start), output captured; null on success, else why not. */
export function downloadElectron(packageDir, { run = spawnSync, node = process.execPath, env = process.env, timeoutMs = DOWNLOAD_TIMEOUT_MS } = {}) {
  const result = run(node, ['--require', CAUSE_HOOK, join(packageDir, 'install.js')], {
    cwd: packageDir,
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  if (result.error && result.error.code === 'ETIMEDOUT') return `the download did not finish within ${Math.round(timeoutMs / 60_000)} minutes`
  if (result.error) return firstLine(result.error)
  if (result.status === 0) return null
  return downloadFailureReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`) ?? `install.js exited with ${result.status ?? result.signal}`
}

function skipRequested(env) {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD
  return Boolean(value) && !/^(0|false)$/i.test(value)
}

/**
 * Why: after `npm ci` there is no Electron binary yet (electron 45 fetches it lazily). Returns the
 * installed binary, else downloads it once — announced through `onDownload(version)` — unless
 * ELECTRON_SKIP_BINARY_DOWNLOAD is set. `{ path: null, reason }` when none can be had; `download`
 * says whether a download was tried ('done' | 'failed').
 */
export function resolveElectronBinary(options = {}) {
  const { env = process.env, download = downloadElectron, onDownload = () => undefined } = options
  const found = locateElectronPackage(options)
  if (!found) return { path: null, reason: 'the electron package is not installed' }
  const installed = installedBinaryPath(found.dir, { ...options, env })
  if (installed) return { path: installed, reason: null }
  if (skipRequested(env)) {
    return { path: null, reason: `the Electron ${found.version} binary is not downloaded and ELECTRON_SKIP_BINARY_DOWNLOAD is set` }
  }
  onDownload(found.version)
  const failure = download(found.dir, { env })
  if (failure) return { path: null, reason: failure, download: 'failed' }
  const fetched = installedBinaryPath(found.dir, { ...options, env })
  if (!fetched) return { path: null, reason: 'the download finished but left no binary in node_modules/electron/dist', download: 'failed' }
  return { path: fetched, reason: null, download: 'done' }
}
