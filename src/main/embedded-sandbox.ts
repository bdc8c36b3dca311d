import { join } from 'node:path'
import { startSandbox, type SandboxHandle } from '../sandbox/index'
import type { SandboxPort } from './core/ports'

/**
 * The in-process sandbox behind the "Sandbox" profile: its data under `<dataDir>/sandbox`, loopback only.
 * `trustedCa` adds roots to its real SMTP/IMAP checks (the same extra roots the console's own checks trust).
 */
export function createEmbeddedSandbox(dataDir: string, log: (line: string) => void, trustedCa: readonly string[] = []): SandboxPort {
  let handle: SandboxHandle | null = null
  return {
    get baseUrl() {
      return handle?.baseUrl ?? null
    },
    async start() {
      handle ??= await startSandbox({ host: '127.0.0.1', port: 0, dataDir: join(dataDir, 'sandbox'), log, mail: { trustedCa: [...trustedCa] } })
      return { baseUrl: handle.baseUrl }
    },
    issueKey(scopes, name) {
      if (!handle) throw new Error('embedded sandbox is not running')
      // One live key per name: the key of the previous launch stops working instead of piling up in state.json.
      return handle.issueKey({ scopes, name, replaceSameName: true })
    },
    async stop() {
      const h = handle
      handle = null
      await h?.close()
    }
  }
}
