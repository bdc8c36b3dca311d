import { createHash, randomInt } from 'node:crypto'
import { isoSeconds } from '../clock'
import type { ApiKeyRecord } from '../store/state'
import type { SandboxStore } from '../store/store'

const KEY_PREFIX = 'cs_live_'
const KEY_BODY_LENGTH = 40
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const KEY_SHAPE = /^cs_live_[A-Za-z0-9]{40}$/

// A new key in the documented production format: `cs_live_` + 40 alphanumerics from a CSPRNG.
export function generateApiKey(): string {
  let body = ''
  for (let i = 0; i < KEY_BODY_LENGTH; i++) body += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]
  return KEY_PREFIX + body
}

// The only form in which a key is stored: its SHA-256, hex-encoded.
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

/** Why a request is not authenticated: no header at all, or a key that is unknown/revoked/malformed. */
export type AuthResult = { ok: true; record: ApiKeyRecord } | { ok: false; reason: 'missing' | 'invalid' }

/** What `issueKey` takes: scopes, a display name, and whether the new key replaces earlier ones of that name. */
export interface IssueKeyOptions {
  scopes: string[]
  name?: string
  /** Revoke earlier active keys with the same name (the console re-issues its embedded key on every launch). */
  replaceSameName?: boolean
  /** Use this key (production format `cs_live_` + 40 alphanumerics) instead of a random one: canary tests need a known value. */
  key?: string
}

/** Issues, revokes and checks API keys against the hashes kept in the store. */
export class KeyRing {
  constructor(
    private readonly store: SandboxStore,
    private readonly now: () => Date = () => new Date()
  ) {}

  // Creates and records a key; the plaintext is returned once and never kept. With `replaceSameName`,
  // earlier active keys of that name are revoked and older revoked ones dropped, so re-issuing never piles up.
  issue(opts: IssueKeyOptions): string {
    if (!Array.isArray(opts.scopes) || opts.scopes.some((s) => typeof s !== 'string' || s.trim() === '')) {
      throw new TypeError('issueKey: scopes must be an array of non-empty strings')
    }
    if (opts.key !== undefined && !KEY_SHAPE.test(opts.key)) throw new TypeError('issueKey: key must be cs_live_ followed by 40 letters or digits')
    const name = opts.name ?? 'Sandbox key'
    if (opts.replaceSameName) this.retireName(name)
    const key = opts.key ?? generateApiKey()
    if (this.find(key)) throw new Error('issueKey: that key is already issued')
    this.store.state.api_keys.push({
      key_hash: hashApiKey(key),
      name,
      scopes: [...opts.scopes],
      revoked: false,
      created_at: isoSeconds(this.now()),
      revoked_at: null
    })
    this.store.changed()
    return key
  }

  // Revokes a key for good (documented: revoked keys cannot be restored); unknown keys are ignored.
  revoke(key: string): void {
    const record = this.find(key)
    if (!record || record.revoked) return
    record.revoked = true
    record.revoked_at = isoSeconds(this.now())
    this.store.changed()
  }

  // Checks an `X-API-Key` header value.
  authenticate(header: string | undefined): AuthResult {
    if (header === undefined || header === '') return { ok: false, reason: 'missing' }
    const record = this.find(header)
    return record && !record.revoked ? { ok: true, record } : { ok: false, reason: 'invalid' }
  }

  // Revokes the active keys called `name` and forgets the ones revoked before (a revoked key and an unknown
  // one get the same 401, so dropping the old hash changes nothing a client can see).
  private retireName(name: string): void {
    const keys = this.store.state.api_keys
    const kept = keys.filter((k) => k.name !== name || !k.revoked)
    const now = isoSeconds(this.now())
    for (const k of kept) {
      if (k.name === name) Object.assign(k, { revoked: true, revoked_at: now })
    }
    keys.splice(0, keys.length, ...kept)
  }

  private find(key: string): ApiKeyRecord | undefined {
    if (!KEY_SHAPE.test(key)) return undefined
    const hash = hashApiKey(key)
    return this.store.state.api_keys.find((k) => k.key_hash === hash)
  }
}
