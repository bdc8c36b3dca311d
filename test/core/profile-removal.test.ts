import { describe, expect, it } from 'vitest'
import { AppErrorException } from '../../src/main/core/errors/app-error-factory'
import { Redactor } from '../../src/main/core/log/redactor'
import type { SandboxPort } from '../../src/main/core/ports'
import { ProfileService } from '../../src/main/core/profiles/profile-service'
import { SecretStore } from '../../src/main/core/secrets/secret-store'
import type { AppError } from '../../src/shared/contract/app-error'
import { memoryKv } from '../support/memory-kv'

const URL_A = 'https://a.example/api/public/v1'
const URL_B = 'https://b.example/api/public/v1'

async function setup(sandbox: SandboxPort | null = null, kv = memoryKv()) {
  const secrets = new SecretStore({ primary: null, weaker: null, note: 'none' }, kv, new Redactor())
  await secrets.init()
  let changes = 0
  const service = new ProfileService(kv, secrets, sandbox, () => void changes++)
  return { kv, service, changes: () => changes }
}

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(AppErrorException)
  return (error as AppErrorException).appError
}

/** An embedded sandbox stand-in: counts starts and keys, like the real port it hands out one key per launch. */
function fakeSandbox() {
  let baseUrl: string | null = null
  const port = {
    starts: 0,
    keys: [] as string[],
    get baseUrl() {
      return baseUrl
    },
    async start() {
      port.starts++
      baseUrl = 'http://127.0.0.1:45678/api/public/v1'
      return { baseUrl }
    },
    issueKey() {
      const key = `cs_live_${'s'.repeat(36)}${String(port.keys.length).padStart(4, '0')}`
      port.keys.push(key)
      return key
    },
    async stop() {
      baseUrl = null
    }
  }
  return port
}

describe('removing profiles: the core never picks the next active one', () => {
  it('refuses to remove the active profile without a choice, on the nextActiveId field, and changes nothing', async () => {
    const { service } = await setup()
    const a = await service.save({ name: 'A', baseUrl: URL_A })
    await service.save({ name: 'B', baseUrl: URL_B })
    const error = await refusal(service.remove(a.id))
    expect(error).toMatchObject({ kind: 'validation', guidance: 'fix-fields' })
    expect(error.kind === 'validation' && error.issues).toEqual([
      expect.objectContaining({ path: 'nextActiveId', msg: 'This is the active profile: choose which profile to use next, or none.', source: 'client' })
    ])
    expect(service.list()).toMatchObject({ activeId: a.id })
    expect(service.list().profiles).toHaveLength(2)
  })

  it('with null, no profile is active afterwards — not even after a restart', async () => {
    const { service, kv } = await setup()
    const a = await service.save({ name: 'A', baseUrl: URL_A })
    await service.save({ name: 'B', baseUrl: URL_B })
    await service.remove(a.id, null)
    expect(service.list().activeId).toBeNull()
    expect(service.list().profiles.map((p) => [p.name, p.active])).toEqual([['B', false]])
    expect(service.connection()).toBeNull()
    const restarted = (await setup(null, kv)).service
    expect(restarted.list().activeId).toBeNull()
  })

  it('with an id, that profile becomes active; it must exist and not be the one removed', async () => {
    const { service } = await setup()
    const a = await service.save({ name: 'A', baseUrl: URL_A })
    const b = await service.save({ name: 'B', baseUrl: URL_B })
    expect((await refusal(service.remove(a.id, a.id))).kind).toBe('validation')
    expect((await refusal(service.remove(a.id, 'no-such-profile'))).kind).toBe('validation')
    expect(service.list().profiles).toHaveLength(2)
    await service.remove(a.id, b.id)
    expect(service.list().activeId).toBe(b.id)
  })

  it('removing a profile that is not active leaves the active one as it is', async () => {
    const { service } = await setup()
    const a = await service.save({ name: 'A', baseUrl: URL_A })
    const b = await service.save({ name: 'B', baseUrl: URL_B })
    const c = await service.save({ name: 'C', baseUrl: URL_B })
    await service.remove(b.id)
    expect(service.list().activeId).toBe(a.id)
    // A choice that would change the active profile is refused rather than silently ignored.
    const error = await refusal(service.remove(c.id, null))
    expect(error.kind === 'validation' && error.issues[0]?.path).toBe('nextActiveId')
    await service.remove(c.id, a.id)
    expect(service.list()).toMatchObject({ activeId: a.id, profiles: [expect.objectContaining({ id: a.id })] })
  })

  it('can hand over to the Environment profile', async () => {
    const { service } = await setup()
    const a = await service.save({ name: 'A', baseUrl: URL_A })
    service.useEnvironment(URL_B, `cs_live_${'e'.repeat(40)}`)
    service.activate(a.id)
    await service.remove(a.id, 'environment')
    expect(service.list().activeId).toBe('environment')
  })
})

describe('restoring the built-in Sandbox profile', () => {
  it('is offered only when the Sandbox profile was removed and an embedded sandbox exists', async () => {
    expect((await setup()).service.list().sandboxRestorable).toBe(false)
    const sandbox = fakeSandbox()
    const { service } = await setup(sandbox)
    const created = service.createSandboxProfile()
    await service.startSandbox()
    expect(service.list().sandboxRestorable).toBe(false)
    const other = await service.save({ name: 'A', baseUrl: URL_A })
    await service.remove(created.id, other.id)
    expect(service.list().sandboxRestorable).toBe(true)
  })

  it('brings it back with a working key on the same sandbox, without touching the active profile', async () => {
    const sandbox = fakeSandbox()
    const { service, changes } = await setup(sandbox)
    const created = service.createSandboxProfile()
    await service.startSandbox()
    const other = await service.save({ name: 'A', baseUrl: URL_A })
    await service.remove(created.id, other.id)
    const before = changes()
    const restored = await service.restoreSandbox()
    expect(restored).toMatchObject({ name: 'Sandbox', kind: 'sandbox', baseUrl: sandbox.baseUrl, active: false, key: { configured: true, backend: 'memory' } })
    expect(changes()).toBe(before + 1)
    expect(sandbox.starts).toBe(1)
    expect(await service.connection(restored.id)?.getKey()).toBe(sandbox.keys[0])
    expect(service.list()).toMatchObject({ activeId: other.id, sandboxRestorable: false })
    // Asking again changes nothing.
    expect((await service.restoreSandbox()).id).toBe(restored.id)
    expect(service.list().profiles.filter((p) => p.kind === 'sandbox')).toHaveLength(1)
  })

  it('starts a sandbox that was not started this launch, and makes the profile active when none is', async () => {
    const sandbox = fakeSandbox()
    const { service } = await setup(sandbox)
    const restored = await service.restoreSandbox()
    expect(sandbox.starts).toBe(1)
    expect(sandbox.keys).toHaveLength(1)
    expect(restored).toMatchObject({ active: true, key: { configured: true, last4: sandbox.keys[0]!.slice(-4) } })
  })

  it('is refused when the console has no embedded sandbox', async () => {
    const { service } = await setup(null)
    expect(await refusal(service.restoreSandbox())).toMatchObject({ kind: 'not_found', operation: 'profiles.restoreSandbox' })
  })
})
