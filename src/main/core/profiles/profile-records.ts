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
  scopesSeen: string[]
  createdAt: string
}

/** Sentinel base URL of the embedded sandbox profile (its port changes every launch). */
export const SANDBOX_BASE_URL = 'embedded:sandbox'

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

  /** Deletes a profile. */
  remove(id: string): void {
    this.kv.set(PROFILES, this.all().filter((r) => r.id !== id))
    if (this.activeId() === id) this.kv.delete(ACTIVE)
  }

  /** The persisted active profile id. */
  activeId(): string | null {
    const id = this.kv.get(ACTIVE)
    return typeof id === 'string' ? id : null
  }

  /** Persists the active profile id. */
  setActiveId(id: string): void {
    this.kv.set(ACTIVE, id)
  }

  /** A fresh profile id. */
  newId(): string {
    return randomUUID()
  }
}
