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

/** "Key •••• 1234 stored in the OS keyring" or "No key" — never more of the key than its last four. */
export function keyStatusText(key: KeyStatus): string {
  if (!key.configured) return 'No key'
  const shown = key.last4 ? `Key •••• ${key.last4}` : 'Key'
  return `${shown} stored in ${backendLabel(key.backend)}`
}
