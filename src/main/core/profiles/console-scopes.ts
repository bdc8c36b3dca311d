import { CONSOLE_SCOPES } from '../../../shared/scope-features'

/** Scopes the console's screens use (the shared scope → feature table); a key missing any of them limits what the console can do. */
export { CONSOLE_SCOPES }

/** What G1's coarse `<resource>:write` covered: creating, updating and deleting that resource. */
const LEGACY_WRITE_ACTIONS = new Set(['create', 'update', 'delete'])

/** True when `granted` covers `scope`, honouring `*`, `<resource>:all` and G1's `<resource>:write` for writes. */
export function scopeGranted(granted: readonly string[], scope: string): boolean {
  const [resource, action] = scope.split(':')
  if (granted.includes('*') || granted.includes(scope) || granted.includes(`${resource}:all`)) return true
  return action !== undefined && LEGACY_WRITE_ACTIONS.has(action) && granted.includes(`${resource}:write`)
}

/** The console scopes a key lacks, given the scopes a 403 said it has. */
export function missingConsoleScopes(granted: readonly string[], alsoRequired: readonly string[] = []): string[] {
  const wanted = [...new Set([...alsoRequired, ...CONSOLE_SCOPES])]
  return wanted.filter((s) => !scopeGranted(granted, s))
}
