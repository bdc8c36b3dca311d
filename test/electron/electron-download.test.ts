import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile, execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/built-shell'
import { loadElectronBinary, type BinaryLookup, type ElectronBinaryModule } from './support/electron-binary-module'
import { closedPortUrl, releaseExecutable, startElectronMirror } from './support/electron-mirror'

// The installed electron package's own lazy download (install.js → @electron/get → extractor), run
// for real on this Node against a release mirror on 127.0.0.1: proves `npm ci && npm start` can
// fetch the binary, and what a failed fetch reports, without the internet.
const ELECTRON_DIR = join(ROOT, 'node_modules/electron')
const VERSION = (JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')) as { version: string }).version

let binaries: ElectronBinaryModule
beforeAll(async () => {
  binaries = await loadElectronBinary()
})

/** A project whose node_modules/electron is a pristine copy of ours (no dist/, no path.txt), sharing our installer deps. */
function projectCopy(): { root: string; electronDir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'coldsend-lazy-'))
  const electronDir = join(root, 'node_modules/electron')
  mkdirSync(electronDir, { recursive: true })
  for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json']) copyFileSync(join(ELECTRON_DIR, file), join(electronDir, file))
  for (const scope of ['@electron', '@electron-internal']) symlinkSync(join(ROOT, 'node_modules', scope), join(root, 'node_modules', scope), 'junction')
  writeFileSync(join(root, 'package.json'), '{"name":"probe","private":true}')
  return { root, electronDir, cache: join(root, 'cache') }
}

/**
 * The lookup in a child Node: the download is a spawnSync, which would block this worker's event
 * loop and with it the mirror served from here.
 */
async function resolveInChild(root: string, env: Record<string, string | undefined>): Promise<BinaryLookup & { announced: string[] }> {
  const moduleUrl = pathToFileURL(join(ROOT, 'scripts/electron-binary.js')).href
  const script = `import(${JSON.stringify(moduleUrl)}).then((m) => { const announced = []; const r = m.resolveElectronBinary({ root: process.argv[1], onDownload: (v) => announced.push(v) }); process.stdout.write(JSON.stringify({ ...r, announced })) })`
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, root], { env, timeout: 50_000 })
  return JSON.parse(stdout) as BinaryLookup & { announced: string[] }
}

function mirrorEnv(mirror: string, cache: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1', electron_config_cache: cache, ELECTRON_GET_NO_PROGRESS: '1' }
  for (const key of Object.keys(env)) if (/^npm_(package_)?config_electron_/i.test(key)) delete env[key]
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD
  delete env.ELECTRON_OVERRIDE_DIST_PATH
  return env
}

describe(`electron ${VERSION}: the lazy binary download, for real`, () => {
  it('download succeeds: install.js fetches, checks and unpacks the release, and the binary runs', async () => {
    const { root, electronDir, cache } = projectCopy()
    const mirror = await startElectronMirror(VERSION, 'fake-electron-ran')
    try {
      const { announced, ...result } = await resolveInChild(root, mirrorEnv(mirror.url, cache))
      expect(result).toEqual({ path: join(electronDir, 'dist', releaseExecutable()), reason: null, download: 'done' })
      expect(announced).toEqual([VERSION])
      expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe(releaseExecutable())
      expect(mirror.requests.some((url) => url.endsWith('.zip'))).toBe(true)
      if (process.platform !== 'win32') expect(execFileSync(result.path!, { encoding: 'utf8' }).trim()).toBe('fake-electron-ran')
      // A second start finds it and downloads nothing.
      const again = binaries.resolveElectronBinary({ root, env: mirrorEnv('http://127.0.0.1:9/', cache), download: () => 'must not download' })
      expect(again).toEqual({ path: result.path, reason: null })
    } finally {
      await mirror.close()
    }
  }, 60_000)

  it('download fails (offline): one reason line that names the network cause, no binary', async () => {
    const { root, electronDir, cache } = projectCopy()
    const url = await closedPortUrl()
    const result = binaries.resolveElectronBinary({ root, env: mirrorEnv(url, cache) })
    expect(result.path).toBeNull()
    expect(result.download).toBe('failed')
    expect(result.reason).toMatch(/^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false)
  }, 60_000)

  it('reads the reason from install.js output and reports timeouts and spawn errors', () => {
    const stack = 'TypeError: fetch failed: getaddrinfo ENOTFOUND github.com\n    at node:internal/deps/undici/undici:14976:13\n'
    expect(binaries.downloadFailureReason(stack)).toBe('fetch failed: getaddrinfo ENOTFOUND github.com')
    expect(binaries.downloadFailureReason('HTTPError: Response code 404 (Not Found) for https://x/y.zip')).toBe('Response code 404 (Not Found) for https://x/y.zip')
    expect(binaries.downloadElectron('/e', { run: () => ({ status: 1, stdout: '', stderr: stack }) })).toBe('fetch failed: getaddrinfo ENOTFOUND github.com')
    expect(binaries.downloadElectron('/e', { run: () => ({ status: 0 }) })).toBeNull()
    const timedOut = Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' })
    expect(binaries.downloadElectron('/e', { run: () => ({ status: null, error: timedOut }), timeoutMs: 120_000 })).toBe('the download did not finish within 2 minutes')
    expect(binaries.downloadElectron('/e', { run: () => ({ status: null, signal: 'SIGKILL', stdout: '', stderr: '' }) })).toBe('install.js exited with SIGKILL')
  })
})
