import { randomUUID } from 'node:crypto'
import type { SecretBackend } from '../../../shared/contract/profiles'
import type { KeyValueStore } from '../ports'

/** A profile as persisted: no secret, only where the key lives and its last four characters. */
export interface ProfileRecord {
  id: string
  name: string
  /** For the embedded sandbox this is `SANDBOX_BASE_URL`, resolved at run time to the live port. */
  baseUrl: string
  kind: 'user' | 'sandbox'
  keyBackend: SecretBackend | null
  keyLast4: string | null
  /** Set when the key was kept in memory only and the console has since restarted: it is gone, and Settings says why. */
  keyLost?: 'memory'
  scopesSeen: string[]
  createdAt: string
}

/** Sentinel base URL of the embedded sandbox profile (its port changes every launch). */
export const SANDBOX_BASE_URL = 'embedded:sandbox'

/** The name of the embedded sandbox's key: re-issuing it under this name revokes the previous launch's key. */
export const SANDBOX_KEY_NAME = 'console-embedded'

const PROFILES = 'profiles.items'
const ACTIVE = 'profiles.activeId'

/** Reads and writes profile records in the non-secret settings store. */
export class ProfileRecords {
  constructor(private readonly kv: KeyValueStore) {}

  /** All persisted profiles (malformed entries dropped). */
  all(): ProfileRecord[] {
    const raw = this.kv.get(PROFILES)
    return Array.isArray(raw) ? raw.filter((r): r is ProfileRecord => typeof r === 'object' && r !== null && typeof (r as ProfileRecord).id === 'string') : []
  }

  /** One profile by id. */
  find(id: string): ProfileRecord | undefined {
    return this.all().find((r) => r.id === id)
  }

  /** Inserts or replaces a profile. */
  upsert(record: ProfileRecord): void {
    const rest = this.all().filter((r) => r.id !== record.id)
    this.kv.set(PROFILES, [...rest, record])
  }

  /** Deletes a profile (the caller decides what becomes active). */
  remove(id: string): void {
    this.kv.set(PROFILES, this.all().filter((r) => r.id !== id))
  }

  /**
   * The persisted choice of active profile: an id, null when the operator chose none, undefined when
   * no choice was ever stored (first launch with the Environment profile, or data from older versions).
   */
  activeId(): string | null | undefined {
    const id = this.kv.get(ACTIVE)
    return typeof id === 'string' ? id : id === null ? null : undefined
  }

  /** Persists the active profile id, or null for "no active profile". */
  setActiveId(id: string | null): void {
    this.kv.set(ACTIVE, id)
  }

  /** A fresh profile id. */
  newId(): string {
    return randomUUID()
  }
}
