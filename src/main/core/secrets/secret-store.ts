import type { SecretBackend, SecretStorageStatus } from '../../../shared/contract/profiles'
import type { Redactor } from '../log/redactor'
import type { KeyValueStore, SecretBackendPort, SecretPlatform } from '../ports'
import { bindSecret, unbindSecret } from './bound-secret'
import { createMemoryBackend } from './memory-backend'

const WEAKER_SETTING = 'secrets.weakerAllowed'

/**
 * Chooses where API keys live (OS store → opted-in weaker store → memory), and is the only code
 * that touches key values besides the API client's header injection.
 */
export class SecretStore {
  private readonly memory = createMemoryBackend()
  private primaryReady = false

  constructor(
    private readonly platform: SecretPlatform,
    private readonly settings: KeyValueStore,
    private readonly redactor: Redactor
  ) {}

  /** Probes the platform once; call before first use. */
  async init(): Promise<void> {
    this.primaryReady = this.platform.primary !== null && (await this.platform.primary.available().catch(() => false))
    if (this.weakerAllowed()) this.platform.enableWeaker?.()
  }

  private weakerAllowed(): boolean {
    return this.settings.get(WEAKER_SETTING) === true && this.platform.weaker !== null
  }

  private active(): SecretBackendPort {
    if (this.primaryReady && this.platform.primary) return this.platform.primary
    if (this.weakerAllowed() && this.platform.weaker) return this.platform.weaker
    return this.memory
  }

  private byId(id: SecretBackend): SecretBackendPort | null {
    if (id === 'memory') return this.memory
    if (this.platform.primary?.id === id && this.primaryReady) return this.platform.primary
    if (this.platform.weaker?.id === id && this.weakerAllowed()) return this.platform.weaker
    return null
  }

  /** Where new keys go and whether the weaker opt-in is on offer; shown in Settings. */
  status(): SecretStorageStatus {
    const backend = this.active()
    return {
      backend: backend.id,
      secure: backend.secure,
      weakerAvailable: !this.primaryReady && this.platform.weaker !== null,
      weakerAllowed: this.weakerAllowed(),
      note: this.primaryReady
        ? `Keys are encrypted by the operating system's secure storage (${backend.id}).`
        : backend.id === 'memory'
          ? `${this.platform.note} Keys are kept in memory only and must be entered again after the console restarts.`
          : `${this.platform.note} Keys are stored with weaker protection (obfuscated, not protected from other programs).`
    }
  }

  /** Stores a key bound to the origin it was entered for; returns the backend it went to. */
  async put(ref: string, secret: string, origin: string): Promise<SecretBackend> {
    this.redactor.remember(secret)
    const backend = this.active()
    await backend.put(ref, bindSecret(secret, origin))
    return backend.id
  }

  /**
   * Reads a key from the backend recorded for it, only for the origin it was bound to; null when
   * that backend is gone, lost it, or the key belongs to another server.
   */
  async get(ref: string, backendId: SecretBackend, origin: string): Promise<string | null> {
    const backend = this.byId(backendId)
    if (!backend) return null
    const stored = await backend.get(ref).catch(() => null)
    const value = stored === null ? null : unbindSecret(stored, origin)
    if (value !== null) this.redactor.remember(value)
    return value
  }

  /** Deletes a key wherever it was recorded. */
  async remove(ref: string, backendId: SecretBackend): Promise<void> {
    await this.byId(backendId)?.remove(ref).catch(() => undefined)
    await this.memory.remove(ref)
  }

  /** Records the operator's opt-in (or opt-out) for weaker storage. Memory-held keys move over on opt-in. */
  async setWeakerAllowed(allow: boolean, memoryRefs: string[]): Promise<Map<string, SecretBackend>> {
    const moved = new Map<string, SecretBackend>()
    this.settings.set(WEAKER_SETTING, allow)
    if (allow && this.platform.weaker) {
      this.platform.enableWeaker?.()
      if (!this.primaryReady) {
        for (const ref of memoryRefs) {
          const value = await this.memory.get(ref)
          if (value === null) continue
          await this.platform.weaker.put(ref, value)
          await this.memory.remove(ref)
          moved.set(ref, this.platform.weaker.id)
        }
      }
    }
    return moved
  }
}
