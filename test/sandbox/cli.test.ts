import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SANDBOX_USAGE, parseSandboxArgs } from '../../src/sandbox/cli-args'
import { SANDBOX_READY_LINE, sandboxBanner } from '../../src/sandbox/cli-banner'
import { tempDir } from './helpers'

const root = join(import.meta.dirname, '..', '..')
const BUILT_CLI = join(root, 'out', 'main', 'sandbox.js')

describe('sandbox CLI arguments', () => {
  it('defaults to loopback, any port, full access, the home data dir, documented limits and no faults', () => {
    const cli = parseSandboxArgs([], {}, '/home/op')
    expect(cli).toEqual({
      kind: 'run',
      scopes: ['*'],
      mailCaFiles: [],
      options: {
        host: '127.0.0.1',
        port: 0,
        dataDir: join('/home/op', '.coldsend-console', 'sandbox'),
        seed: true,
        rateLimit: { perMinute: 100, perHour: 1000, windowMs: 60_000, sendRetryAfter: true },
        limits: { campaignNameMin: 8 },
        tuning: { leadRowsPerSecond: 200 },
        faults: false
      }
    })
  })

  it('reads the test-oriented flags: --faults, --rate-window-ms, --no-retry-after, --no-seed, --lead-rows-per-second', () => {
    const cli = parseSandboxArgs(['--faults', '--rate-window-ms', '2000', '--no-retry-after', '--no-seed', '--lead-rows-per-second', '5000'], {}, '/h')
    expect(cli).toMatchObject({
      kind: 'run',
      options: { faults: true, seed: false, rateLimit: { windowMs: 2000, sendRetryAfter: false }, tuning: { leadRowsPerSecond: 5000 } }
    })
    for (const argv of [['--rate-window-ms', '0'], ['--rate-window-ms', '1.5'], ['--lead-rows-per-second', '0'], ['--faults=yes']]) {
      expect(parseSandboxArgs(argv, {}, '/h').kind, argv.join(' ')).toBe('error')
    }
  })

  it('documents every flag it accepts in the usage text', () => {
    for (const flag of ['--port', '--host', '--data-dir', '--no-seed', '--scopes', '--rate-per-minute', '--rate-per-hour', '--rate-window-ms', '--no-retry-after', '--campaign-name-min', '--lead-rows-per-second', '--mail-ca', '--faults', '--help']) {
      expect(SANDBOX_USAGE).toMatch(new RegExp(`^ +(-h, )?${flag}\\b.* {2,}\\S`, 'm'))
    }
  })

  it('reads every flag, and COLDSEND_SANDBOX_DIR when --data-dir is absent', () => {
    const cli = parseSandboxArgs(
      ['--port', '4010', '--scopes', 'campaigns:read, leads:all', '--rate-per-minute', '5', '--rate-per-hour', '50', '--campaign-name-min', '10'],
      { COLDSEND_SANDBOX_DIR: '/tmp/sbx' },
      '/home/op'
    )
    expect(cli).toMatchObject({
      kind: 'run',
      scopes: ['campaigns:read', 'leads:all'],
      options: { port: 4010, dataDir: '/tmp/sbx', rateLimit: { perMinute: 5, perHour: 50 }, limits: { campaignNameMin: 10 } }
    })
    expect(parseSandboxArgs(['--data-dir', '/x'], { COLDSEND_SANDBOX_DIR: '/tmp/sbx' }, '/h')).toMatchObject({ options: { dataDir: '/x' } })
    expect(parseSandboxArgs(['--mail-ca', '/a.pem', '--mail-ca', '/b.pem'], {}, '/h')).toMatchObject({ mailCaFiles: ['/a.pem', '/b.pem'] })
  })

  it('prints the base URL once, the key and its scopes (a full-access key says so)', () => {
    const url = 'http://127.0.0.1:4010/api/public/v1'
    const key = 'cs_live_' + 'a'.repeat(40)
    expect(sandboxBanner(url, key, ['*'])).toBe(`Sandbox API: ${url}\nAPI key: ${key}\nKey scopes: * (every scope)\n${SANDBOX_READY_LINE}\n`)
    const narrow = sandboxBanner(url, key, ['campaigns:read', 'leads:all'])
    expect(narrow.split(url)).toHaveLength(2)
    expect(narrow).toContain('Key scopes: campaigns:read, leads:all\n')
  })

  it('reports bad arguments instead of guessing', () => {
    for (const argv of [['--port', 'abc'], ['--port', '70000'], ['--host', '0.0.0.0'], ['--bogus'], ['extra'], ['--rate-per-minute', '0'], ['--scopes', ',']]) {
      expect(parseSandboxArgs(argv, {}, '/h').kind, argv.join(' ')).toBe('error')
    }
    expect(parseSandboxArgs(['-h'], {}, '/h')).toEqual({ kind: 'help' })
  })
})

// Starts the built CLI and waits for its banner (base URL, key, scopes, ready line).
async function startCli(args: string[]) {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes(SANDBOX_READY_LINE) && resolve())
    void exited.then(() => reject(new Error(`exited early: ${out} ${err}`)))
  })
  const [api, key] = out.trim().split('\n') as [string, string]
  return {
    baseUrl: api.slice('Sandbox API: '.length),
    key: key.slice('API key: '.length),
    stderr: () => err,
    stop: async () => {
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  }
}

describe('built sandbox CLI (out/main/sandbox.js)', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => Promise.all(cleanups.map((c) => c())))

  it('prints the base URL once, the key and its scopes, serves requests with it, and stops cleanly on SIGTERM', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const child = spawn(process.execPath, [BUILT_CLI, '--data-dir', dir, '--scopes', 'campaigns:read,leads:read'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes(SANDBOX_READY_LINE) && resolve())
      void exited.then(() => reject(new Error(`exited early: ${out}`)))
    })
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(4)
    const [api, key, scopes, ready] = lines as [string, string, string, string]
    expect(api).toMatch(/^Sandbox API: http:\/\/127\.0\.0\.1:\d+\/api\/public\/v1$/)
    expect(key).toMatch(/^API key: cs_live_[A-Za-z0-9]{40}$/)
    expect(scopes).toBe('Key scopes: campaigns:read, leads:read')
    expect(ready).toBe(SANDBOX_READY_LINE)
    const baseUrl = api.slice('Sandbox API: '.length)
    // The base URL appears once in the whole output.
    expect(out.split(baseUrl)).toHaveLength(2)
    const res = await fetch(`${baseUrl}/campaigns`, { headers: { 'X-API-Key': key.slice('API key: '.length) } })
    expect(res.status).toBe(200)
    // The printed scopes are the key's: a write it was not given is refused with them as `granted`.
    const refused = await fetch(`${baseUrl}/campaigns`, { method: 'POST', headers: { 'X-API-Key': key.slice('API key: '.length), 'Content-Type': 'application/json' }, body: '{}' })
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { granted: string[] }).granted).toEqual(['campaigns:read', 'leads:read'])
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('prints every flag on --help and exits 0', async () => {
    const child = spawn(process.execPath, [BUILT_CLI, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
    expect(code).toBe(0)
    expect(out.trim()).toBe(SANDBOX_USAGE)
  })

  it('honours --faults (control endpoint live) and --no-seed; without --faults the endpoint is 404', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const started = await startCli(['--data-dir', dir, '--faults', '--no-seed', '--rate-window-ms', '2000'])
    const headers = { 'X-API-Key': started.key }
    const origin = new URL(started.baseUrl).origin
    const empty = (await (await fetch(`${started.baseUrl}/campaigns`, { headers })).json()) as { pagination: { total: number } }
    expect(empty.pagination.total).toBe(0)
    const added = await fetch(`${origin}/__sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[{"kind":"status","status":503,"times":1}]' })
    expect(added.status).toBe(201)
    expect((await fetch(`${started.baseUrl}/campaigns`, { headers })).status).toBe(503)
    expect((await fetch(`${started.baseUrl}/campaigns`, { headers })).status).toBe(200)
    expect(started.stderr()).toContain('fault injection is ON')
    await started.stop()

    const { dir: other, cleanup: cleanupOther } = await tempDir()
    cleanups.push(cleanupOther)
    const plain = await startCli(['--data-dir', other])
    const origin2 = new URL(plain.baseUrl).origin
    const refused = await fetch(`${origin2}/__sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[{"kind":"reset"}]' })
    expect(refused.status).toBe(404)
    expect(plain.stderr()).not.toContain('fault injection')
    await plain.stop()
  })

  it('exits with code 2 and usage on bad arguments', async () => {
    const child = spawn(process.execPath, [BUILT_CLI, '--port', 'nope'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
    expect(code).toBe(2)
    expect(err).toContain('Usage: node out/main/sandbox.js')
  })
})
