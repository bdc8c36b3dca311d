import { type Server, createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { KeyRing } from '../../src/sandbox/auth/api-keys'
import { RateLimiter } from '../../src/sandbox/auth/rate-limiter'
import { createRequestListener } from '../../src/sandbox/http/pipeline'
import { json } from '../../src/sandbox/http/route'
import { Router } from '../../src/sandbox/http/router'
import { closeServer, listen } from '../../src/sandbox/http/server-lifecycle'
import { emptyState } from '../../src/sandbox/seed/state'
import { StatePersister } from '../../src/sandbox/store/persister'
import { SandboxStore } from '../../src/sandbox/store/store'
import { invented } from '../../src/sandbox/wording'

// Done-when: "a response that acknowledges a change is not sent before a save containing that change
// has completed". The pipeline runs for real over HTTP on 127.0.0.1; only the disk write is replaced,
// by one the test holds open or fails, so the order of "saved" and "answered" can be observed.

/** One call of the injected write: the text it was asked to save, and how to finish it. */
interface HeldWrite {
  notes: string[]
  release(): void
  fail(message: string): void
}

/** A sandbox-shaped server whose state is a list of notes, saved through a write the test controls. */
interface Rig {
  url: string
  key: string
  notes: string[]
  writes: HeldWrite[]
  log: string[]
  events: string[]
  persister: StatePersister
  post(path: string, note: string): Promise<{ status: number; body: unknown }>
  get(path: string): Promise<{ status: number; body: unknown }>
}

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => closeServer(s)))
})

async function startRig(debounceMs = 25): Promise<Rig> {
  const notes: string[] = []
  const writes: HeldWrite[] = []
  const log: string[] = []
  const events: string[] = []
  const write = (_file: string, text: string) =>
    new Promise<void>((resolve, reject) => {
      events.push('save started')
      writes.push({
        notes: (JSON.parse(text) as { notes: string[] }).notes,
        release: () => {
          events.push('save finished')
          resolve()
        },
        fail: (message) => {
          events.push('save failed')
          reject(new Error(message))
        }
      })
    })
  const persister = new StatePersister('/nonexistent/state.json', () => ({ notes }), (l) => log.push(l), { debounceMs, write })
  const store = new SandboxStore(emptyState(), persister)
  const keys = new KeyRing(store)
  const key = keys.issue({ scopes: ['*'] })
  // Issuing the key was a change too: save it now so every write the tests see is theirs.
  const keySaved = persister.flush()
  await expect.poll(() => writes.length).toBe(1)
  writes.splice(0)[0]!.release()
  await keySaved
  events.splice(0)
  const router = new Router([
    {
      method: 'POST',
      path: '/notes',
      scopes: [],
      handle(req) {
        notes.push(req.rawBody.toString())
        store.changed()
        return json(201, { note: req.rawBody.toString() })
      }
    },
    {
      method: 'POST',
      path: '/background',
      scopes: [],
      handle(req) {
        notes.push(req.rawBody.toString())
        store.changedInBackground()
        return json(200, { note: req.rawBody.toString() })
      }
    },
    { method: 'GET', path: '/notes', scopes: [], handle: () => json(200, { notes: [...notes] }) }
  ])
  const server = createServer(
    createRequestListener({
      basePath: '/api',
      router,
      gate: { keys, limiter: new RateLimiter({ perMinute: 1_000_000, perHour: 1_000_000 }), sendRetryAfter: true },
      maxBodyBytes: 1024,
      log: (l) => log.push(l),
      commit: (handle) => store.commit(handle)
    })
  )
  servers.push(server)
  const url = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}/api`
  const send = async (path: string, init: RequestInit) => {
    const res = await fetch(`${url}${path}`, { ...init, headers: { 'X-API-Key': key } })
    return { status: res.status, body: (await res.json()) as unknown }
  }
  return {
    url, key, notes, writes, log, events, persister,
    post: (path, note) => send(path, { method: 'POST', body: note }),
    get: (path) => send(path, { method: 'GET' })
  }
}

describe('a change is on disk before its response is sent', () => {
  it('holds the 201 until the save that contains the change has finished', async () => {
    const rig = await startRig()
    const answered = rig.post('/notes', 'first').then((res) => {
      rig.events.push('answered')
      return res
    })
    await expect.poll(() => rig.writes.length).toBe(1)
    expect(rig.writes[0]!.notes).toEqual(['first'])
    // Give an early answer every chance to arrive before the save is released.
    await new Promise((r) => setTimeout(r, 150))
    expect(rig.events).toEqual(['save started'])
    rig.writes[0]!.release()
    expect(await answered).toEqual({ status: 201, body: { note: 'first' } })
    expect(rig.events).toEqual(['save started', 'save finished', 'answered'])
  })

  it('batches changes that arrive during a save into exactly one next save (group commit)', async () => {
    const rig = await startRig()
    const first = rig.post('/notes', 'n0')
    await expect.poll(() => rig.writes.length).toBe(1)
    let restAnswered = 0
    const rest = Array.from({ length: 19 }, (_, i) => rig.post('/notes', `n${i + 1}`).finally(() => restAnswered++))
    // All 19 handlers have run (their notes are in memory) while the first save is still held.
    await expect.poll(() => rig.notes.length).toBe(20)
    expect(rig.writes).toHaveLength(1)
    rig.writes[0]!.release()
    expect((await first).status).toBe(201)
    await expect.poll(() => rig.writes.length).toBe(2)
    expect(rig.writes[1]!.notes).toHaveLength(20)
    expect(restAnswered).toBe(0)
    rig.writes[1]!.release()
    expect((await Promise.all(rest)).map((r) => r.status)).toEqual(Array(19).fill(201))
    expect(rig.writes).toHaveLength(2)
  })

  it('answers 503 with a JSON detail, and logs it, when the save fails; the next save retries the change', async () => {
    const rig = await startRig()
    const failed = rig.post('/notes', 'lost?')
    await expect.poll(() => rig.writes.length).toBe(1)
    rig.writes[0]!.fail('ENOSPC: no space left on device')
    expect(await failed).toEqual({ status: 503, body: { detail: invented.stateNotSaved } })
    expect(rig.log.some((l) => l.includes('could not save state') && l.includes('ENOSPC'))).toBe(true)
    expect(rig.log.some((l) => l.includes('POST /api/notes answered 503'))).toBe(true)

    const next = rig.post('/notes', 'kept')
    await expect.poll(() => rig.writes.length).toBe(2)
    expect(rig.writes[1]!.notes).toEqual(['lost?', 'kept'])
    rig.writes[1]!.release()
    expect((await next).status).toBe(201)
  })

  it('does not hold reads, nor requests whose only change is background work, while a save is held', async () => {
    const rig = await startRig(60_000)
    const held = rig.post('/notes', 'slow to save')
    await expect.poll(() => rig.writes.length).toBe(1)
    expect(await rig.get('/notes')).toEqual({ status: 200, body: { notes: ['slow to save'] } })
    expect(await rig.post('/background', 'progress')).toEqual({ status: 200, body: { note: 'progress' } })
    expect(rig.writes).toHaveLength(1)
    rig.writes[0]!.release()
    expect((await held).status).toBe(201)
    // The background change is still saved (here by the flush that close() does; the debounce is a minute).
    const flushed = rig.persister.flush()
    await expect.poll(() => rig.writes.length).toBe(2)
    expect(rig.writes[1]!.notes).toEqual(['slow to save', 'progress'])
    rig.writes[1]!.release()
    await flushed
  })

  it('never waits in memory: an in-memory store commits without a persister', async () => {
    const store = new SandboxStore(emptyState(), null)
    const value = await store.commit(() => {
      store.changed()
      return 'done'
    })
    expect(value).toBe('done')
  })
})
