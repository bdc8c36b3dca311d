/** Scopes the console's screens use; a key missing any of them limits what the console can do. */
export const CONSOLE_SCOPES = [
  'campaigns:read', 'campaigns:create', 'campaigns:update', 'campaigns:delete', 'campaigns:pause', 'campaigns:activate',
  'leads:read', 'leads:create', 'leads:delete',
  'sender_accounts:read', 'sender_accounts:create', 'sender_accounts:delete'
] as const

/** True when `granted` covers `scope`, honouring `*` and `<resource>:all`. */
export function scopeGranted(granted: readonly string[], scope: string): boolean {
  const resource = scope.split(':')[0]
  return granted.includes('*') || granted.includes(scope) || granted.includes(`${resource}:all`)
}

/** The console scopes a key lacks, given the scopes a 403 said it has. */
export function missingConsoleScopes(granted: readonly string[], alsoRequired: readonly string[] = []): string[] {
  const wanted = [...new Set([...alsoRequired, ...CONSOLE_SCOPES])]
  return wanted.filter((s) => !scopeGranted(granted, s))
}
