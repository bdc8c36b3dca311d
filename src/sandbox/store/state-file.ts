import { randomBytes } from 'node:crypto'
import { open, readFile, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { type SandboxState, SandboxStateSchema } from './state'

/** What was found on disk: a usable state, nothing yet, or a corrupt file that was moved aside. */
export type LoadResult =
  | { kind: 'loaded'; state: SandboxState }
  | { kind: 'missing' }
  | { kind: 'corrupt'; movedTo: string; reason: string }

// Why a state.json cannot be used, or null when it parses and matches the schema.
function parseState(text: string): { state: SandboxState } | { reason: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    return { reason: `not valid JSON (${(err as Error).message})` }
  }
  const parsed = SandboxStateSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { reason: `unexpected layout at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}` }
  }
  return { state: parsed.data }
}

// Reads state.json; a corrupt file is renamed to `state.json.corrupt-<timestamp>` so a fresh start never loses it.
export async function loadStateFile(file: string): Promise<LoadResult> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw err
  }
  const parsed = parseState(text)
  if ('state' in parsed) return { kind: 'loaded', state: parsed.state }
  const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
  await rename(file, movedTo)
  return { kind: 'corrupt', movedTo, reason: parsed.reason }
}

// fsyncs a directory so a rename inside it survives a crash; not every platform allows it.
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open directories; the rename is still atomic there.
  }
}

// The temp file a write of `file` goes through: `<file>.tmp-<pid>-<random>`.
function tempNameFor(file: string): string {
  return `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
}

// Deletes temp files of `file` left by a process that died mid-write (one sandbox per data dir, so none is live at start).
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = `${basename(file)}.tmp-`
  const stale = (await readdir(dirname(file))).filter((name) => name.startsWith(prefix))
  await Promise.all(stale.map((name) => rm(join(dirname(file), name), { force: true })))
  return stale
}

// Replaces `file` atomically: write a temp file beside it (0600), fsync, rename over, fsync the directory.
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = tempNameFor(file)
  try {
    const handle = await open(temp, 'w', 0o600)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
  await syncDirectory(dirname(file))
}
