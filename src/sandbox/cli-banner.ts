/** The line the CLI's banner ends with: scripts and tests wait for it before reading the lines above. */
export const SANDBOX_READY_LINE = 'Sandbox ready. Stop it with Ctrl+C.'

// A key's scopes in words: `*` is spelled out, so nobody wonders whether the key is narrow.
function scopesText(scopes: readonly string[]): string {
  return scopes.includes('*') ? '* (every scope)' : scopes.join(', ')
}

/**
 * What `npm run sandbox` prints once it listens: the base URL (once), the fresh key, the key's
 * scopes, and the ready line — what an operator pastes into a console profile.
 */
export function sandboxBanner(baseUrl: string, key: string, scopes: readonly string[]): string {
  return [`Sandbox API: ${baseUrl}`, `API key: ${key}`, `Key scopes: ${scopesText(scopes)}`, SANDBOX_READY_LINE].join('\n') + '\n'
}
