// Sizes of the built renderer (out/renderer): the JS the first screen loads (index.html's module script
// and its modulepreloads) and all JS, in gzip bytes (level 9, what a server would send).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The initial and total gzip sizes of the renderer's JS, and which chunks are initial. */
export function bundleSizes(rendererDir) {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
  const files = readdirSync(join(rendererDir, 'assets')).filter((n) => n.endsWith('.js'))
  const gz = new Map(files.map((n) => [n, gzipSync(readFileSync(join(rendererDir, 'assets', n)), { level: 9 }).length]))
  const sum = (names) => names.reduce((n, name) => n + (gz.get(name) ?? 0), 0)
  return { initial, files, initialGzip: sum(initial), totalGzip: sum(files) }
}
