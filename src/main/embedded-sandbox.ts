import { join } from 'node:path'
import { startSandbox, type SandboxHandle } from '../sandbox/index'
import type { SandboxPort } from './core/ports'

/** The in-process sandbox behind the "Sandbox" profile: its data under `<dataDir>/sandbox`, loopback only. */
export function createEmbeddedSandbox(dataDir: string, log: (line: string) => void): SandboxPort {
  let handle: SandboxHandle | null = null
  return {
    get baseUrl() {
      return handle?.baseUrl ?? null
    },
    async start() {
      handle ??= await startSandbox({ host: '127.0.0.1', port: 0, dataDir: join(dataDir, 'sandbox'), log })
      return { baseUrl: handle.baseUrl }
    },
    issueKey(scopes, name) {
      if (!handle) throw new Error('embedded sandbox is not running')
      return handle.issueKey({ scopes, name })
    },
    async stop() {
      const h = handle
      handle = null
      await h?.close()
    }
  }
}
