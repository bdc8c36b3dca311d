import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmbeddedSandbox } from '../../src/main/embedded-sandbox'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function campaignsStatus(baseUrl: string, key: string): Promise<number> {
  const res = await fetch(`${baseUrl}/campaigns?limit=1`, { headers: { 'X-API-Key': key } })
  await res.arrayBuffer()
  return res.status
}

describe('embedded sandbox', () => {
  it('keeps one live console key across launches: the previous launch key is revoked, not piled up', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'coldsend-embedded-'))
    dirs.push(dataDir)
    const first = createEmbeddedSandbox(dataDir, () => {})
    const { baseUrl: url1 } = await first.start()
    const key1 = first.issueKey(['*'], 'console-embedded')
    expect(await campaignsStatus(url1, key1)).toBe(200)
    await first.stop()

    const second = createEmbeddedSandbox(dataDir, () => {})
    const { baseUrl: url2 } = await second.start()
    const key2 = second.issueKey(['*'], 'console-embedded')
    expect(await campaignsStatus(url2, key2)).toBe(200)
    expect(await campaignsStatus(url2, key1)).toBe(401)
    await second.stop()

    const state = JSON.parse(await readFile(join(dataDir, 'sandbox', 'state.json'), 'utf8')) as { api_keys: { name: string; revoked: boolean }[] }
    const live = state.api_keys.filter((k) => k.name === 'console-embedded' && !k.revoked)
    expect(live).toHaveLength(1)
  })
})
