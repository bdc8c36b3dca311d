import type { KeyStatus, SecretBackend } from '../../../../shared/contract/profiles'

const BACKEND_LABELS: Record<SecretBackend, string> = {
  safeStorage: 'the OS credential store',
  keyring: 'the OS keyring',
  'weak-file': 'a file with weaker protection',
  memory: 'memory only (until the console closes)',
  environment: 'the environment (COLDSEND_API_KEY)'
}

/** Where keys live, in words an operator can judge. */
export function backendLabel(backend: SecretBackend | null): string {
  return backend ? BACKEND_LABELS[backend] : 'an unknown place'
}

/** Said when a key kept in memory only went with the last console session. */
export const LOST_MEMORY_KEY_TEXT =
  'The key was kept in memory only and was lost when the console closed — enter it again, or allow storing keys in a file with weaker protection (below) to keep it.'

/**
 * "Key •••• 1234 stored in the OS keyring", "No key", or why the key is gone — never more of the key
 * than its last four.
 */
export function keyStatusText(key: KeyStatus): string {
  if (!key.configured) return key.lost === 'memory' ? LOST_MEMORY_KEY_TEXT : 'No key'
  const shown = key.last4 ? `Key •••• ${key.last4}` : 'Key'
  return `${shown} stored in ${backendLabel(key.backend)}`
}
