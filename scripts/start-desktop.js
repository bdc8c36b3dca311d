// `npm start`: builds the app if needed, then runs it in Electron — downloading the binary on the
// first start — or, where no binary can be had, in browser mode (out/main/web.js) with one line
// saying why. Args pass through.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveElectronBinary } from './electron-binary.js'

export { resolveElectronBinary }

const ROOT = resolve(import.meta.dirname, '..')
const OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html']

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim()
}

/**
 * What to run: Electron on the app folder, or Node on the browser-mode shell with the same args.
 * After a download attempt the notice finishes the "Downloading Electron…" line, so either way the
 * user reads exactly one line.
 */
export function planLaunch(args, binary, { root = ROOT, node = process.execPath } = {}) {
  if (binary.path) return { mode: 'electron', command: binary.path, args: [root, ...args], notice: binary.download === 'done' ? 'done.' : null }
  return {
    mode: 'browser',
    command: node,
    args: [join(root, 'out/main/web.js'), ...args],
    notice:
      binary.download === 'failed'
        ? `failed (${binary.reason}); starting browser mode instead.`
        : `Electron runtime not available on this machine (${binary.reason}); starting browser mode instead.`
  }
}

/** Builds out/ when it is missing (or stale, via the shared ensure-built script); returns an exit code. */
export function ensureBuilt({ root = ROOT, exists = existsSync, run = spawnSync } = {}) {
  const ensureScript = join(root, 'scripts/ensure-built.js')
  if (exists(ensureScript)) return run(process.execPath, [ensureScript], { cwd: root, stdio: 'inherit' }).status ?? 1
  if (OUTPUTS.every((file) => exists(join(root, file)))) return 0
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  return run(npx, ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1
}

/** Runs the chosen program in the foreground, forwarding Ctrl-C/TERM; resolves with its exit code. */
export function runForeground(command, args, { spawnFn = spawn, env = process.env } = {}) {
  const childEnv = { ...env }
  delete childEnv.ELECTRON_RUN_AS_NODE // would turn the Electron binary into plain Node
  return new Promise((done) => {
    const child = spawnFn(command, args, { stdio: 'inherit', env: childEnv })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    const finish = (code) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      done(code)
    }
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${firstLine(error)}`)
      finish(1)
    })
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)))
  })
}

/** The whole `npm start` flow; every effect is injectable for tests. */
export async function main(args = process.argv.slice(2), deps = {}) {
  const { build = ensureBuilt, findBinary = resolveElectronBinary, run = runForeground, log = console.log } = deps
  const write = deps.write ?? ((text) => process.stdout.write(text))
  const built = build()
  if (built !== 0) return built
  const onDownload = (version) => write(`Downloading Electron ${version} (first start only, about 100 MB)... `)
  const plan = planLaunch(args, findBinary({ onDownload }))
  if (plan.notice) log(plan.notice)
  return run(plan.command, plan.args)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code))
}
