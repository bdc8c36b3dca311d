import { describe, expect, it } from 'vitest'
import { Redactor } from '../../src/main/core/log/redactor'
import { AppErrorException } from '../../src/main/core/errors/app-error-factory'
import { ProfileService } from '../../src/main/core/profiles/profile-service'
import { SecretStore } from '../../src/main/core/secrets/secret-store'
import { memoryKv } from '../support/memory-kv'

const canary = 'cs_live_CANARYprofiles0123456789abcdefghijklmn'

async function setup() {
  const kv = memoryKv()
  const secrets = new SecretStore({ primary: null, weaker: null, note: 'none' }, kv, new Redactor())
  await secrets.init()
  let changes = 0
  const service = new ProfileService(kv, secrets, null, () => void changes++)
  return { kv, service, changes: () => changes }
}

describe('ProfileService', () => {
  it('saves a profile without ever exposing or persisting the key', async () => {
    const { kv, service, changes } = await setup()
    const view = await service.save({ name: 'Production', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: canary })
    expect(view.key).toEqual({ configured: true, last4: canary.slice(-4), backend: 'memory' })
    expect(JSON.stringify(service.list())).not.toContain(canary)
    expect(kv.dump()).not.toContain(canary)
    expect(await service.connection(view.id)?.getKey()).toBe(canary)
    expect(changes()).toBe(1)
  })
  it('keeps the stored key when an edit leaves the key empty', async () => {
    const { service } = await setup()
    const view = await service.save({ name: 'Prod', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: canary })
    const edited = await service.save({ id: view.id, name: 'Prod EU', baseUrl: 'https://api.coldsend.pro/api/public/v1' })
    expect(edited).toMatchObject({ name: 'Prod EU', key: { configured: true } })
  })
  it('refuses a non-https base URL on the baseUrl field', async () => {
    const { service } = await setup()
    const attempt = service.save({ name: 'Bad', baseUrl: 'http://api.coldsend.pro' })
    await expect(attempt).rejects.toBeInstanceOf(AppErrorException)
    await attempt.catch((e: AppErrorException) => expect(e.appError.kind === 'validation' && e.appError.issues[0]?.path).toBe('baseUrl'))
  })
  it('puts the Environment profile first and active, read-only', async () => {
    const { service } = await setup()
    await service.save({ name: 'Prod', baseUrl: 'https://api.coldsend.pro/api/public/v1' })
    service.useEnvironment('https://api.coldsend.pro/api/public/v1', canary)
    const list = service.list()
    expect(list.profiles[0]).toMatchObject({ id: 'environment', kind: 'environment', active: true, key: { backend: 'environment' } })
    expect(list.activeId).toBe('environment')
    await expect(service.remove('environment')).rejects.toBeInstanceOf(AppErrorException)
  })
  it('switches and removes profiles', async () => {
    const { service } = await setup()
    const a = await service.save({ name: 'A', baseUrl: 'https://a.example/api/public/v1' })
    const b = await service.save({ name: 'B', baseUrl: 'https://b.example/api/public/v1' })
    expect(service.list().activeId).toBe(a.id)
    service.activate(b.id)
    expect(service.list().activeId).toBe(b.id)
    await service.remove(b.id, a.id)
    expect(service.list().profiles.map((p) => p.name)).toEqual(['A'])
    expect(service.list().activeId).toBe(a.id)
  })
  it('forgets memory-held keys after a restart', async () => {
    const { kv, service } = await setup()
    const view = await service.save({ name: 'A', baseUrl: 'https://a.example/api/public/v1', apiKey: canary })
    const secrets = new SecretStore({ primary: null, weaker: null, note: 'none' }, kv, new Redactor())
    const restarted = new ProfileService(kv, secrets, null, () => undefined)
    restarted.dropLostMemoryKeys()
    expect(restarted.list().profiles.find((p) => p.id === view.id)?.key).toEqual({ configured: false, last4: null, backend: null, lost: 'memory' })
  })
})
