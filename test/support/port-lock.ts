import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes a machine-wide lock on a fixed port (a directory made atomically in the temp dir), so two
 * test runs on one machine take turns instead of racing for it. A lock whose owner died is taken
 * over. Waits up to `waitMs`; returns the release function, or null when the wait ran out.
 */
export async function lockPort(port: number, waitMs = 180_000): Promise<(() => void) | null> {
  const dir = join(tmpdir(), `coldsend-test-port-${port}.lock`)
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      mkdirSync(dir)
      writeFileSync(join(dir, 'pid'), String(process.pid))
      return () => rmSync(dir, { recursive: true, force: true })
    } catch {
      let owner = Number.NaN
      try {
        owner = Number(readFileSync(join(dir, 'pid'), 'utf8'))
      } catch {
        // being created or removed right now
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(dir, { recursive: true, force: true })
      else if (Date.now() > deadline) return null
      else await new Promise((r) => setTimeout(r, 200))
    }
  }
}
