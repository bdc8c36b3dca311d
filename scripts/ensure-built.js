// Builds the app when out/ is missing or older than the sources, so `npm run start:web` and
// `npm run sandbox` work straight after `npm ci`.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const outputs = ['out/main/index.js', 'out/main/web.js', 'out/main/sandbox.js', 'out/preload/index.cjs', 'out/renderer/index.html']

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return latest
}

const missing = outputs.filter((f) => !existsSync(join(root, f)))
const stale = missing.length === 0 && newest(join(root, 'src')) > Math.min(...outputs.map((f) => statSync(join(root, f)).mtimeMs))
if (missing.length > 0 || stale) {
  process.stderr.write(`Building the console (${missing.length > 0 ? 'first run' : 'sources changed'})…\n`)
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}
