import type { z } from 'zod'
import type { ProfileList, ProfileSaveInputSchema, ProfileView } from '../../../shared/contract/profiles'
import { makeAppError, raise } from '../errors/app-error-factory'
import type { SandboxPort } from '../ports'
import { originOf } from '../secrets/bound-secret'
import type { SecretStore } from '../secrets/secret-store'
import { checkBaseUrl, hostOf } from './base-url'
import { checkNextActive } from './next-active'
import { ProfileRecords, SANDBOX_BASE_URL, SANDBOX_KEY_NAME, type ProfileRecord } from './profile-records'

/** The profile the API layer talks through, with a way to read its key at call time. */
export interface ActiveConnection {
  id: string
  /** Shown in error-log records so an operator can tell profiles apart. */
  name: string
  baseUrl: string
  getKey: () => Promise<string | null>
}

const ENV_ID = 'environment'

// Refuses to carry a stored key to another server: the operator must enter it again for the new one.
function keyNotMovable(from: string, to: string) {
  const message = `The Base URL now points to ${hostOf(to)}, another server than the one the stored key was entered for (${hostOf(from)}). `
    + `Enter the API key again for ${hostOf(to)}; the stored key is only ever sent to ${hostOf(from)}.`
  return makeAppError({ kind: 'validation', operation: 'profiles.save', guidance: 'fix-fields', message,
    issues: [{ loc: ['body', 'apiKey'], path: 'apiKey', msg: message, type: 'console.key_bound_to_origin', source: 'client' }] })
}
const last4 = (key: string) => key.slice(-4)

/**
 * Connection profiles: persisted ones, the embedded sandbox and the non-persisted Environment
 * profile. Produces the renderer's view, which never contains a key.
 */
export class ProfileService {
  private readonly records: ProfileRecords
  private env: { baseUrl: string; key: string } | null = null
  private envActive = false
  private sandboxKey: string | null = null

  constructor(
    kv: ConstructorParameters<typeof ProfileRecords>[0],
    private readonly secrets: SecretStore,
    private readonly sandbox: SandboxPort | null,
    private readonly onChange: () => void
  ) {
    this.records = new ProfileRecords(kv)
  }

  /** Installs the Environment profile (COLDSEND_BASE_URL + COLDSEND_API_KEY); it is active at start. */
  useEnvironment(baseUrl: string, key: string): void {
    const checked = checkBaseUrl(baseUrl)
    if (!checked.ok) throw new Error(`COLDSEND_BASE_URL refused: ${checked.reason}`)
    this.env = { baseUrl: checked.url, key }
    this.envActive = true
  }

  /**
   * Forgets keys recorded as memory-held: after a restart they are gone. The record keeps that they
   * were lost (`keyLost: 'memory'`, never the key), so Settings can say why there is none.
   */
  dropLostMemoryKeys(): void {
    for (const r of this.records.all()) {
      if (r.kind === 'user' && r.keyBackend === 'memory') this.records.upsert({ ...r, keyBackend: null, keyLast4: null, keyLost: 'memory' })
    }
  }

  private newSandboxRecord(): ProfileRecord {
    const record: ProfileRecord = { id: this.records.newId(), name: 'Sandbox', baseUrl: SANDBOX_BASE_URL, kind: 'sandbox',
      keyBackend: 'memory', keyLast4: null, scopesSeen: ['*'], createdAt: new Date().toISOString() }
    this.records.upsert(record)
    return record
  }

  /** Creates the "Sandbox" profile and makes it active (first launch). */
  createSandboxProfile(): ProfileRecord {
    const record = this.newSandboxRecord()
    if (!this.envActive) this.records.setActiveId(record.id)
    return record
  }

  /** Starts the embedded sandbox (if not running) and gives the Sandbox profile a full-access key for this launch. */
  async startSandbox(): Promise<void> {
    if (!this.sandbox) return
    if (this.sandbox.baseUrl === null) await this.sandbox.start()
    this.sandboxKey ??= this.sandbox.issueKey(['*'], SANDBOX_KEY_NAME)
  }

  /**
   * Brings the built-in Sandbox profile back after it was removed: same embedded sandbox, same data
   * (it was never deleted), a key for this launch. It becomes active only when no profile is.
   */
  async restoreSandbox(): Promise<ProfileView> {
    if (!this.sandbox) {
      raise(makeAppError({ kind: 'not_found', resource: 'profile', operation: 'profiles.restoreSandbox', guidance: 'refresh-list',
        message: 'This console runs without an embedded sandbox, so there is no Sandbox profile to restore.' }))
    }
    const existing = this.records.all().find((r) => r.kind === 'sandbox')
    if (existing) return this.viewOf(existing.id)
    await this.startSandbox()
    const record = this.newSandboxRecord()
    if (this.activeId() === null) this.records.setActiveId(record.id)
    this.onChange()
    return this.viewOf(record.id)
  }

  /** True when any profile is persisted. */
  hasProfiles(): boolean {
    return this.records.all().length > 0
  }

  /** True when a persisted profile uses the embedded sandbox. */
  hasSandboxProfile(): boolean {
    return this.records.all().some((r) => r.kind === 'sandbox')
  }

  private activeId(): string | null {
    if (this.envActive && this.env) return ENV_ID
    const id = this.records.activeId()
    if (id === null) return null // the operator chose no active profile
    if (id !== undefined && this.records.find(id)) return id
    // Never chosen (first launch beside the Environment profile, or older data): the first profile.
    return this.records.all()[0]?.id ?? (this.env ? ENV_ID : null)
  }

  private view(r: ProfileRecord, activeId: string | null): ProfileView {
    const sandbox = r.kind === 'sandbox'
    const key = sandbox
      ? { configured: this.sandboxKey !== null, last4: this.sandboxKey ? last4(this.sandboxKey) : null, backend: 'memory' as const }
      : { configured: r.keyBackend !== null, last4: r.keyLast4, backend: r.keyBackend, ...(r.keyLost ? { lost: r.keyLost } : {}) }
    return { id: r.id, name: r.name, baseUrl: sandbox ? (this.sandbox?.baseUrl ?? 'embedded sandbox (stopped)') : r.baseUrl,
      kind: r.kind, key, active: r.id === activeId, scopesSeen: r.scopesSeen.slice(0, 50) }
  }

  /** The Settings view: every profile, which is active, and where keys are stored. */
  list(): ProfileList {
    const activeId = this.activeId()
    const views = this.records.all().map((r) => this.view(r, activeId))
    if (this.env) {
      views.unshift({ id: ENV_ID, name: 'Environment', baseUrl: this.env.baseUrl, kind: 'environment', active: activeId === ENV_ID,
        key: { configured: true, last4: last4(this.env.key), backend: 'environment' }, scopesSeen: [] })
    }
    return { profiles: views, activeId, storage: this.secrets.status(), sandboxRestorable: this.sandbox !== null && !this.hasSandboxProfile() }
  }

  private viewOf(id: string): ProfileView {
    const found = this.list().profiles.find((p) => p.id === id)
    if (!found) raise(makeAppError({ kind: 'not_found', resource: 'profile', operation: 'profiles', guidance: 'refresh-list', message: 'That profile no longer exists.' }))
    return found
  }

  /** Adds or edits a profile; a key, when given, goes straight to the secret store. */
  async save(input: z.output<typeof ProfileSaveInputSchema>): Promise<ProfileView> {
    const checked = checkBaseUrl(input.baseUrl)
    if (!checked.ok) {
      raise(makeAppError({ kind: 'validation', operation: 'profiles.save', guidance: 'fix-fields', message: checked.reason,
        issues: [{ loc: ['body', 'baseUrl'], path: 'baseUrl', msg: checked.reason, type: 'console.base_url', source: 'client' }] }))
    }
    const existing = input.id ? this.records.find(input.id) : undefined
    if (input.id && (!existing || existing.kind !== 'user')) {
      raise(makeAppError({ kind: 'validation', operation: 'profiles.save', guidance: 'fix-request', message: 'Only your own profiles can be edited.', issues: [] }))
    }
    const movedOrigin = existing !== undefined && originOf(existing.baseUrl) !== originOf(checked.url)
    if (movedOrigin && existing.keyBackend !== null && !input.apiKey) raise(keyNotMovable(existing.baseUrl, checked.url))
    const record: ProfileRecord = existing
      ? { ...existing, name: input.name, baseUrl: checked.url }
      : { id: this.records.newId(), name: input.name, baseUrl: checked.url, kind: 'user', keyBackend: null, keyLast4: null,
          scopesSeen: [], createdAt: new Date().toISOString() }
    if (existing && existing.baseUrl !== checked.url) record.scopesSeen = []
    if (input.apiKey) {
      if (existing?.keyBackend) await this.secrets.remove(existing.id, existing.keyBackend)
      record.keyBackend = await this.secrets.put(record.id, input.apiKey, originOf(checked.url))
      record.keyLast4 = last4(input.apiKey)
      delete record.keyLost
    }
    this.records.upsert(record)
    if (!this.activeId()) this.records.setActiveId(record.id)
    this.onChange()
    return this.viewOf(record.id)
  }

  /**
   * Removes a persisted profile and its key. Removing the active profile needs `nextActiveId` (another
   * profile, or null for none): the core never picks the next one itself (see checkNextActive).
   */
  async remove(id: string, nextActiveId?: string | null): Promise<void> {
    const record = this.records.find(id)
    if (!record) raise(makeAppError({ kind: 'not_found', resource: 'profile', operation: 'profiles.remove', guidance: 'refresh-list', message: id === ENV_ID ? 'The Environment profile comes from environment variables and cannot be removed here.' : 'That profile no longer exists.' }))
    const next = checkNextActive(id, this.activeId(), nextActiveId, (other) => (other === ENV_ID ? this.env !== null : this.records.find(other) !== undefined))
    if (!('change' in next)) raise(next)
    if (record.keyBackend) await this.secrets.remove(record.id, record.keyBackend)
    this.records.remove(id)
    if (next.change) {
      this.envActive = next.id === ENV_ID
      this.records.setActiveId(next.id === ENV_ID ? null : next.id)
    }
    this.onChange()
  }

  /** Switches the active profile. */
  activate(id: string): ProfileView {
    if (id === ENV_ID && this.env) this.envActive = true
    else {
      if (!this.records.find(id)) this.viewOf(id)
      this.envActive = false
      this.records.setActiveId(id)
    }
    this.onChange()
    return this.viewOf(id)
  }

  /** Records scopes learnt from a 403's `granted` list, so Settings can show them. */
  noteScopes(id: string, granted: string[]): void {
    const record = this.records.find(id)
    if (record && record.kind === 'user') this.records.upsert({ ...record, scopesSeen: granted.slice(0, 50) })
  }

  /** Refs of keys currently held in memory (moved when the operator allows weaker storage). */
  memoryRefs(): string[] {
    return this.records.all().filter((r) => r.kind === 'user' && r.keyBackend === 'memory').map((r) => r.id)
  }

  /** Updates where a key lives after it moved backend. */
  markMoved(ref: string, backend: ProfileRecord['keyBackend']): void {
    const record = this.records.find(ref)
    if (record) this.records.upsert({ ...record, keyBackend: backend })
  }

  /** The connection for a profile id (the active one by default), or null when none is usable. */
  connection(id?: string): ActiveConnection | null {
    const target = id ?? this.activeId()
    if (target === ENV_ID && this.env) {
      const env = this.env
      return { id: ENV_ID, name: 'Environment', baseUrl: env.baseUrl, getKey: async () => env.key }
    }
    const record = target ? this.records.find(target) : undefined
    if (!record) return null
    if (record.kind === 'sandbox') {
      const baseUrl = this.sandbox?.baseUrl
      return baseUrl ? { id: record.id, name: record.name, baseUrl, getKey: async () => this.sandboxKey } : null
    }
    const backend = record.keyBackend
    const origin = originOf(record.baseUrl)
    return { id: record.id, name: record.name, baseUrl: record.baseUrl, getKey: async () => (backend ? this.secrets.get(record.id, backend, origin) : null) }
  }
}
