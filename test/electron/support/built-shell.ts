import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../../..')

/** The build under test: out/, or COLDSEND_TEST_OUT_DIR to check another build of the same sources. */
export const OUT_DIR = process.env.COLDSEND_TEST_OUT_DIR ? resolve(process.env.COLDSEND_TEST_OUT_DIR) : join(ROOT, 'out')

/** The two files the Electron shell ships from its build. */
export const BUILT = {
  main: join(OUT_DIR, 'main/index.js'),
  preload: join(OUT_DIR, 'preload/index.cjs')
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newestMtime(join(path, name))), info.mtimeMs)
}

/**
 * Why: these tests must check what ships, not the sources. Reuses out/ when it is newer than every
 * main-side source (the global setup normally built it), else runs `electron-vite build` once.
 */
export function ensureShellBuilt(): typeof BUILT {
  if (process.env.COLDSEND_TEST_OUT_DIR) return BUILT
  const sources = ['src/main', 'src/preload', 'src/shared', 'src/sandbox', 'electron.vite.config.ts'].map((p) => join(ROOT, p))
  const newestSource = Math.max(...sources.map(newestMtime))
  const fresh = existsSync(BUILT.main) && existsSync(BUILT.preload) && Math.min(statSync(BUILT.main).mtimeMs, statSync(BUILT.preload).mtimeMs) >= newestSource
  if (!fresh) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'pipe' })
  }
  return BUILT
}
