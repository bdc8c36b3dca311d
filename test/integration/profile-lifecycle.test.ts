import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootConsole } from '../../src/main/bootstrap'
import { createConsoleLog } from '../../src/main/core/log/console-log'
import { Redactor } from '../../src/main/core/log/redactor'
import { createConfSettingsStore } from '../../src/main/node/conf-settings-store'
import { createWeakFileBackend } from '../../src/main/node/weak-file-backend'
import { keyStatusText } from '../../src/renderer/src/screens/settings/key-status'
import type { AppError } from '../../src/shared/contract/app-error'
import type { ProfileList, ProfileView } from '../../src/shared/contract/profiles'
import { startSandbox, type SandboxHandle } from '../../src/sandbox/index'
import { bootTestCore } from '../support/boot-core'

type Booted = Awaited<ReturnType<typeof bootTestCore>>

async function failure(booted: { core: Booted['core'] }, op: string, input: unknown): Promise<AppError> {
  const result = await booted.core.invoke(op, input)
  if (result.ok) throw new Error(`${op} unexpectedly succeeded`)
  return result.error
}

/** A core booted like browser mode on a machine with no OS keyring and the weaker store not allowed: keys live in memory only. */
async function bootMemoryOnly(dataDir: string) {
  const settings = createConfSettingsStore(dataDir).store
  const core = await bootConsole({
    dataDir, shell: 'browser', version: 'test', settings, env: {}, embeddedSandbox: false,
    secrets: { primary: null, weaker: createWeakFileBackend(dataDir, settings), note: 'No OS keyring in this test.' },
    log: createConsoleLog(new Redactor(), () => {})
  })
  const call = async <T,>(op: string, input: unknown = {}): Promise<T> => {
    const result = await core.invoke(op, input)
    if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`)
    return result.value as T
  }
  return { core, call }
}

describe('profiles through the core: keys that are keys, explicit next profile, the Sandbox profile back', () => {
  let booted: Booted
  let other: SandboxHandle
  beforeAll(async () => {
    booted = await bootTestCore()
    other = await startSandbox({ port: 0, dataDir: null })
  })
  afterAll(async () => {
    await booted?.core.close()
    await other?.close()
  })

  it('refuses a key that is not a key, and a new profile with no key unless that is the explicit choice', async () => {
    const bad = await failure(booted, 'profiles.save', { name: 'Typo', baseUrl: other.baseUrl, apiKey: 'not-a-key' })
    expect(bad).toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'apiKey', msg: expect.stringContaining('A ColdSend API key starts with cs_live_ — this looks like') })] })
    expect(JSON.stringify(bad)).not.toContain('not-a-key')
    const none = await failure(booted, 'profiles.save', { name: 'Later', baseUrl: other.baseUrl })
    expect(none).toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'apiKey', msg: 'Paste a cs_live_ key, or choose to add the key later.' })] })
    const later = await booted.call<ProfileView>('profiles.save', { name: 'Later', baseUrl: other.baseUrl, withoutKey: true })
    expect(later.key).toEqual({ configured: false, last4: null, backend: null })
    expect((await failure(booted, 'profiles.test', { baseUrl: other.baseUrl, apiKey: 'not-a-key' })).kind).toBe('validation')
    await booted.call('profiles.remove', { id: later.id })
  })

  it('removing the active profile needs the next one (or none); the Sandbox profile can then be restored with its data', async () => {
    const start = await booted.call<ProfileList>('profiles.list')
    const sandboxId = start.activeId!
    expect(start).toMatchObject({ sandboxRestorable: false, profiles: [expect.objectContaining({ id: sandboxId, kind: 'sandbox' })] })
    await booted.call('campaigns.create', { name: 'Kept while the profile was gone' })
    const mine = await booted.call<ProfileView>('profiles.save', { name: 'Other', baseUrl: other.baseUrl, apiKey: other.issueKey({ scopes: ['*'] }) })

    const refused = await failure(booted, 'profiles.remove', { id: sandboxId })
    expect(refused).toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'nextActiveId', msg: expect.stringContaining('choose which profile to use next, or none') })] })
    expect((await booted.call<ProfileList>('profiles.list')).profiles).toHaveLength(2)

    await booted.call('profiles.remove', { id: sandboxId, nextActiveId: null })
    const after = await booted.call<ProfileList>('profiles.list')
    expect(after).toMatchObject({ activeId: null, sandboxRestorable: true, profiles: [expect.objectContaining({ id: mine.id, active: false })] })
    expect((await failure(booted, 'campaigns.list', {})).kind).toBe('config')

    // Next launch: no Sandbox profile, so the embedded sandbox is not started — until it is restored.
    await booted.core.close()
    booted = await bootTestCore(booted.dataDir)
    expect(await booted.call('app.info')).toMatchObject({ sandbox: { running: false } })
    expect(await booted.call<ProfileList>('profiles.list')).toMatchObject({ activeId: null, sandboxRestorable: true })
    const restored = await booted.call<ProfileView>('profiles.restoreSandbox')
    expect(restored).toMatchObject({ name: 'Sandbox', kind: 'sandbox', key: { configured: true } })
    expect(await booted.call<ProfileList>('profiles.list')).toMatchObject({ activeId: restored.id, sandboxRestorable: false })
    const kept = await booted.call<{ campaigns: Array<{ name: string }> }>('campaigns.list', { search: 'Kept while the profile' })
    expect(kept.campaigns.map((c) => c.name)).toEqual(['Kept while the profile was gone'])
    expect(await booted.call('profiles.test', { id: restored.id })).toMatchObject({ status: 'ok' })
  })
})

describe('a key kept in memory only, across a real restart', () => {
  it('is reported as lost (not just "No key") after the restart, until a key is entered again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cs-memory-key-'))
    const key = `cs_live_${'m'.repeat(36)}LOST`
    const first = await bootMemoryOnly(dataDir)
    const saved = await first.call<ProfileView>('profiles.save', { name: 'Prod', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: key })
    expect(saved.key).toEqual({ configured: true, last4: 'LOST', backend: 'memory' })
    await first.core.close()

    const second = await bootMemoryOnly(dataDir)
    const view = (await second.call<ProfileList>('profiles.list')).profiles.find((p) => p.id === saved.id)!
    expect(view.key).toEqual({ configured: false, last4: null, backend: null, lost: 'memory' })
    expect(keyStatusText(view.key)).toBe(
      'The key was kept in memory only and was lost when the console closed — enter it again, or allow storing keys in a file with weaker protection (below) to keep it.')
    const again = await second.call<ProfileView>('profiles.save', { id: saved.id, name: 'Prod', baseUrl: 'https://api.coldsend.pro/api/public/v1', apiKey: key })
    expect(again.key).toEqual({ configured: true, last4: 'LOST', backend: 'memory' })
    await second.core.close()
    for (const text of [JSON.stringify(view), JSON.stringify(again)]) expect(text).not.toContain(key)
  })
})
