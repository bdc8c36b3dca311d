import { CLOSE_GRACE_MS } from '../../src/sandbox/http/server-lifecycle'

// Resolves whether `close` finished before close()'s force-close grace ran out. The grace timer is armed
// inside close(), after this one, so if close() had to wait for it this timer fires first: the answer
// depends on which mechanism closed the server, not on how fast the machine is.
export async function closedBeforeGrace(close: () => Promise<void>): Promise<boolean> {
  let graceOver = false
  const timer = setTimeout(() => (graceOver = true), CLOSE_GRACE_MS)
  try {
    await close()
    return !graceOver
  } finally {
    clearTimeout(timer)
  }
}
