import { chmod, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type SandboxHandle, startSandbox } from '../../src/sandbox'
import { emptyState } from '../../src/sandbox/seed/state'
import { call, tempDir } from './helpers'

// Done-when: "temp files of saves cut short by a crash are deleted at start, and the data dir, state.json
// and credentials.key are private (0700 / 0600) whatever they were before".

const POSIX_MODES = process.platform !== 'win32'
if (!POSIX_MODES) console.log('data-dir-files: file-mode checks skipped: Windows has no POSIX permission bits')

describe('sandbox data dir files', () => {
  const running: SandboxHandle[] = []
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()))
    await Promise.all(cleanups.splice(0).map((c) => c()))
  })
  const dataDir = async () => {
    const t = await tempDir()
    cleanups.push(t.cleanup)
    return t.dir
  }
  const modeOf = async (path: string) => (await stat(path)).mode & 0o777

  it('deletes temp files left by interrupted saves at start and keeps everything else', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), JSON.stringify(emptyState()))
    // What a kill -9 mid-save leaves: a complete or half-written temp beside the real file.
    await writeFile(join(dir, 'state.json.tmp-4242-deadbeef'), '{"version": 1, "campai')
    await writeFile(join(dir, 'state.json.tmp-1-00000000'), JSON.stringify(emptyState()))
    await writeFile(join(dir, 'credentials.key.tmp-4242-0badf00d'), '')
    await writeFile(join(dir, 'notes.txt'), 'not ours to delete')
    const log: string[] = []
    const sandbox = await startSandbox({ dataDir: dir, log: (l) => log.push(l) })
    running.push(sandbox)
    expect((await readdir(dir)).sort()).toEqual(['credentials.key', 'notes.txt', 'state.json'])
    expect(log.some((l) => l.includes('removed 2 temp file(s)') && l.includes('state.json.tmp-4242-deadbeef'))).toBe(true)
    // The loaded state is the real file, not a temp one.
    const key = sandbox.issueKey({ scopes: ['*'] })
    expect((await call(sandbox, '/campaigns', { key })).body).toMatchObject({ pagination: { total: 0 } })
  })

  it.runIf(POSIX_MODES)('narrows an existing data dir to 0700 and state.json to 0600, and keeps them so across saves', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), JSON.stringify(emptyState()))
    await chmod(join(dir, 'state.json'), 0o644)
    await chmod(dir, 0o755)
    const sandbox = await startSandbox({ dataDir: dir })
    running.push(sandbox)
    expect(await modeOf(dir)).toBe(0o700)
    expect(await modeOf(join(dir, 'state.json'))).toBe(0o600)
    expect(await modeOf(join(dir, 'credentials.key'))).toBe(0o600)
    const key = sandbox.issueKey({ scopes: ['*'] })
    expect((await call(sandbox, '/campaigns', { key, json: { name: 'Saved through a temp file' } })).status).toBe(201)
    expect(await modeOf(join(dir, 'state.json'))).toBe(0o600)
  })

  it.runIf(POSIX_MODES)('creates a new data dir 0700 with state.json and credentials.key 0600', async () => {
    const dir = join(await dataDir(), 'nested', 'sandbox')
    const sandbox = await startSandbox({ dataDir: dir })
    running.push(sandbox)
    await sandbox.close()
    expect(await modeOf(dir)).toBe(0o700)
    expect(await modeOf(join(dir, 'state.json'))).toBe(0o600)
    expect(await modeOf(join(dir, 'credentials.key'))).toBe(0o600)
  })

  it.runIf(POSIX_MODES)('narrows a credentials.key that others could read', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'credentials.key'), `${'ab'.repeat(32)}\n`, { mode: 0o644 })
    const sandbox = await startSandbox({ dataDir: dir })
    running.push(sandbox)
    expect(await modeOf(join(dir, 'credentials.key'))).toBe(0o600)
  })
})
