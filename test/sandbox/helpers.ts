import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type SandboxHandle, type SandboxOptions, startSandbox } from '../../src/sandbox'

/** A parsed response: status, headers and the JSON (or text) body. */
export interface ApiResponse {
  status: number
  headers: Headers
  body: unknown
}

/** Options for one request against the sandbox. */
export interface CallOptions {
  key?: string
  method?: string
  /** Sent as JSON unless `raw` is given. */
  json?: unknown
  raw?: string
  headers?: Record<string, string>
}

// One real HTTP request to `${baseUrl}${path}`, parsed.
export async function call(sandbox: SandboxHandle, path: string, opts: CallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.key !== undefined) headers['X-API-Key'] = opts.key
  let body: string | undefined = opts.raw
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json)
    headers['Content-Type'] ??= 'application/json'
  }
  const res = await fetch(`${sandbox.baseUrl}${path}`, { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), headers, body })
  const text = await res.text()
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json')
  return { status: res.status, headers: res.headers, body: isJson ? (JSON.parse(text) as unknown) : text }
}

// A fresh temp directory, removed by the returned cleanup.
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'coldsend-sandbox-test-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

// An in-memory sandbox with the demo data and one full-access key.
export async function startWithKey(
  opts: SandboxOptions = {},
  scopes: string[] = ['*']
): Promise<{ sandbox: SandboxHandle; key: string }> {
  const sandbox = await startSandbox({ dataDir: null, ...opts })
  return { sandbox, key: sandbox.issueKey({ scopes, name: 'test' }) }
}

/** The C1 list body, typed loosely for assertions. */
export interface ListBody {
  success: boolean
  message: string
  campaigns: Array<Record<string, unknown> & { campaign_id: string; name: string; status: string; created_at: string }>
  pagination: { page: number; limit: number; total: number; pages: number; has_next: boolean; has_prev: boolean }
}
