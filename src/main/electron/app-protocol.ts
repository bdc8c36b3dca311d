import { readFile, realpath, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-origin'
import { contentTypeFor } from './content-types'

/** Where an app:// URL points inside the renderer folder, or why it is refused. */
export type AppFileTarget = { ok: true; file: string } | { ok: false; status: 403 | 404 }

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep)
}

/**
 * Maps an app://console URL to a file under `rootDir`. Pure, so traversal tricks (`..`, `%2e%2e`,
 * `..%2f`, backslashes, NUL) are tested without Electron; anything escaping the folder is a 403.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFileTarget {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 404 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 403 }
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 }
  const relative = pathname.replace(/^\/+/, '') || 'index.html'
  const root = resolve(rootDir)
  const file = resolve(root, relative)
  if (!isInside(root, file) || file === root) return { ok: false, status: 403 }
  return { ok: true, file }
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache'
    }
  })
}

/** Reads a regular file whose real path (symlinks followed) is still inside the real root; else null. */
async function readContainedFile(rootDir: string, file: string): Promise<Buffer | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)])
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return null
    return await readFile(realFile)
  } catch {
    return null
  }
}

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `rootDir` with the CSP
 * header and the right MIME type; GET/HEAD only; 403 for escapes, 404 for anything missing.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8')
    const target = resolveAppFile(rootDir, request.url)
    if (!target.ok) return respond(target.status, null, 'text/plain; charset=utf-8')
    const body = await readContainedFile(resolve(rootDir), target.file)
    if (!body) return respond(404, null, 'text/plain; charset=utf-8')
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), contentTypeFor(target.file))
  }
}
