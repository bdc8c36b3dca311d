import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { chmodSync, closeSync, fsyncSync, linkSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** An inbox's two passwords: the only secrets the sandbox keeps, and only sealed. */
export interface InboxSecrets {
  smtp_password: string
  imap_password: string
}

/** Seals and opens inbox secrets with this sandbox's key (AES-256-GCM). */
export interface CredentialVault {
  seal(secrets: InboxSecrets): string
  /** The secrets, or null when the text was sealed with another key or is damaged. */
  open(sealed: string): InboxSecrets | null
}

const IV_BYTES = 12
const TAG_BYTES = 16
/** The file beside state.json that holds the key (hex, mode 0600). */
export const KEY_FILE = 'credentials.key'
/** A public key for the demo inboxes' placeholder passwords; each sandbox re-seals them with its own key at start. */
const DEMO_KEY = createHash('sha256').update('coldsend-sandbox demo inbox credentials v1').digest()

// base64(iv ‖ tag ‖ ciphertext) of the JSON secrets.
function sealWith(key: Buffer, secrets: InboxSecrets, iv: Buffer): string {
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

function openWith(key: Buffer, sealed: string): InboxSecrets | null {
  try {
    const raw = Buffer.from(sealed, 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES))
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
    const parsed = JSON.parse(plain) as Partial<InboxSecrets>
    if (typeof parsed.smtp_password !== 'string' || typeof parsed.imap_password !== 'string') return null
    return { smtp_password: parsed.smtp_password, imap_password: parsed.imap_password }
  } catch {
    return null
  }
}

// Seals the seed's placeholder passwords deterministically (the IV comes from the seed's PRNG).
export function sealDemoSecrets(secrets: InboxSecrets, iv: Buffer): string {
  return sealWith(DEMO_KEY, secrets, iv)
}

// fsyncs a file or directory by path; directories cannot be opened on Windows, where rename/link is durable enough.
function syncPath(path: string): void {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return
  }
  try {
    fsyncSync(fd)
  } catch {
    // some platforms refuse fsync on a directory handle
  } finally {
    closeSync(fd)
  }
}

// Creates `file` with `text` (0600) only if it does not exist, durably: a complete, fsynced temp file is
// hard-linked into place (never an empty or half-written key after a crash). False when it already existed.
function createDurably(file: string, text: string): boolean {
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  const fd = openSync(temp, 'wx', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(temp, file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  } finally {
    rmSync(temp, { force: true })
  }
  syncPath(dirname(file))
  return true
}

// Deletes temp files of a key creation cut short by a crash (at start, like state.json's: one sandbox per data dir).
function removeStaleKeyTemps(file: string): void {
  const prefix = `${basename(file)}.tmp-`
  for (const name of readdirSync(dirname(file))) if (name.startsWith(prefix)) rmSync(join(dirname(file), name), { force: true })
}

// Reads `<dataDir>/credentials.key`, creating it (0600) when missing; a damaged one is moved aside with a warning.
function loadKey(dataDir: string, log: (line: string) => void): Buffer {
  const file = join(dataDir, KEY_FILE)
  try {
    const text = readFileSync(file, 'utf8').trim()
    if (/^[0-9a-f]{64}$/.test(text)) {
      chmodSync(file, 0o600)
      return Buffer.from(text, 'hex')
    }
    const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
    renameSync(file, movedTo)
    log(`sandbox: warning: ${file} is not a key; moved it to ${movedTo}; stored inbox passwords can no longer be read`)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const key = randomBytes(32)
  return createDurably(file, `${key.toString('hex')}\n`) ? key : loadKey(dataDir, log)
}

// The vault for one sandbox: a key file in its data dir, or a random in-memory key.
export function openVault(dataDir: string | null, log: (line: string) => void): CredentialVault {
  if (dataDir !== null) removeStaleKeyTemps(join(dataDir, KEY_FILE))
  const key = dataDir === null ? randomBytes(32) : loadKey(dataDir, log)
  return {
    seal: (secrets) => sealWith(key, secrets, randomBytes(IV_BYTES)),
    open: (sealed) => openWith(key, sealed)
  }
}

// Re-seals demo-key credentials (fresh seed) with the sandbox's own key; returns how many changed.
export function adoptDemoCredentials(records: Array<{ credentials: string }>, vault: CredentialVault): number {
  let changed = 0
  for (const record of records) {
    if (vault.open(record.credentials) !== null) continue
    const demo = openWith(DEMO_KEY, record.credentials)
    if (demo === null) continue
    record.credentials = vault.seal(demo)
    changed += 1
  }
  return changed
}
