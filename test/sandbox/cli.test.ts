import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSandboxArgs } from '../../src/sandbox/cli-args'
import { tempDir } from './helpers'

const root = join(import.meta.dirname, '..', '..')
const BUILT_CLI = join(root, 'out', 'main', 'sandbox.js')

describe('sandbox CLI arguments', () => {
  it('defaults to loopback, any port, full access and the home data dir', () => {
    const cli = parseSandboxArgs([], {}, '/home/op')
    expect(cli).toEqual({
      kind: 'run',
      scopes: ['*'],
      options: {
        host: '127.0.0.1',
        port: 0,
        dataDir: join('/home/op', '.coldsend-console', 'sandbox'),
        rateLimit: { perMinute: 100, perHour: 1000 },
        limits: { campaignNameMin: 8 }
      }
    })
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
  })

  it('reports bad arguments instead of guessing', () => {
    for (const argv of [['--port', 'abc'], ['--port', '70000'], ['--host', '0.0.0.0'], ['--bogus'], ['extra'], ['--rate-per-minute', '0'], ['--scopes', ',']]) {
      expect(parseSandboxArgs(argv, {}, '/h').kind, argv.join(' ')).toBe('error')
    }
    expect(parseSandboxArgs(['-h'], {}, '/h')).toEqual({ kind: 'help' })
  })
})

describe('built sandbox CLI (out/main/sandbox.js)', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => Promise.all(cleanups.map((c) => c())))

  it('prints the URL and a key, serves requests with it, and stops cleanly on SIGTERM', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const child = spawn(process.execPath, [BUILT_CLI, '--data-dir', dir, '--scopes', 'campaigns:read'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes('Sandbox ready at') && resolve())
      void exited.then(() => reject(new Error(`exited early: ${out}`)))
    })
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(3)
    const [api, key, ready] = lines as [string, string, string]
    expect(api).toMatch(/^Sandbox API: http:\/\/127\.0\.0\.1:\d+\/api\/public\/v1$/)
    expect(key).toMatch(/^API key: cs_live_[A-Za-z0-9]{40}$/)
    const baseUrl = api.slice('Sandbox API: '.length)
    expect(ready).toBe(`Sandbox ready at ${baseUrl}`)
    const res = await fetch(`${baseUrl}/campaigns`, { headers: { 'X-API-Key': key.slice('API key: '.length) } })
    expect(res.status).toBe(200)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
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
