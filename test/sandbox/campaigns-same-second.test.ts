import { afterAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../../src/sandbox'
import { type ListBody, call, tempDir } from './helpers'
import { manualClock } from './manual-clock'

// Campaigns created within one second share their `created_at` (the API's timestamps are whole seconds):
// the list must still come out in creation order, both ways, on every page and after a restart.

const NAMES = ['First of eight', 'Second of eight', 'Third of eight', 'Fourth of eight', 'Fifth of eight', 'Sixth of eight', 'Seventh of eight', 'Eighth of eight']

describe('GET /campaigns orders campaigns created in the same second by creation', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const c of cleanups) await c()
  })

  it('newest first and oldest first, across pages and a restart', async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    const clock = manualClock()
    const sandbox = await startSandbox({ dataDir: dir, seed: false, clock: clock.now })
    const key = sandbox.issueKey({ scopes: ['*'] })
    // Eight creates 100 ms apart: all in one second (12:00:00.000 … 12:00:00.700), then one a second later.
    for (const name of NAMES) {
      expect((await call(sandbox, '/campaigns', { key, json: { name } })).status).toBe(201)
      clock.advance(100)
    }
    clock.advance(1_000)
    expect((await call(sandbox, '/campaigns', { key, json: { name: 'One second later' } })).status).toBe(201)

    const names = async (query: string, s = sandbox) => ((await call(s, `/campaigns${query}`, { key })).body as ListBody).campaigns.map((c) => c.name)
    const created = ((await call(sandbox, '/campaigns?limit=100', { key })).body as ListBody).campaigns.map((c) => c.created_at)
    expect(new Set(created)).toEqual(new Set(['2025-03-10T12:00:00Z', '2025-03-10T12:00:01Z']))

    const newestFirst = ['One second later', ...[...NAMES].reverse()]
    expect(await names('?sort_by=created_at&sort_order=desc')).toEqual(newestFirst)
    expect(await names('')).toEqual(newestFirst)
    expect(await names('?sort_by=created_at&sort_order=asc')).toEqual([...NAMES, 'One second later'])
    const paged = [...(await names('?limit=4&page=1')), ...(await names('?limit=4&page=2')), ...(await names('?limit=4&page=3'))]
    expect(paged).toEqual(newestFirst)
    // Equal statuses (all DRAFT) fall back to newest created first.
    expect(await names('?sort_by=status&sort_order=asc')).toEqual(newestFirst)

    await sandbox.close()
    const again = await startSandbox({ dataDir: dir, seed: false, clock: clock.now })
    cleanups.push(() => again.close())
    expect(await names('?sort_by=created_at&sort_order=desc', again)).toEqual(newestFirst)
  })
})
