import { documented } from '../wording'

/** Actions the G1 (legacy) `<resource>:write` scope covered: POST, PUT and DELETE of that resource. */
const LEGACY_WRITE_ACTIONS = new Set(['create', 'update', 'delete'])

// Whether a key's scopes cover one required scope: exact, `*`, `<resource>:all`, or G1's `<resource>:write` for writes.
export function grants(granted: readonly string[], required: string): boolean {
  if (granted.includes('*') || granted.includes(required)) return true
  const [resource, action] = required.split(':')
  if (resource === undefined || action === undefined) return false
  return granted.includes(`${resource}:all`) || (LEGACY_WRITE_ACTIONS.has(action) && granted.includes(`${resource}:write`))
}

// The required scopes a key lacks (empty when the request may proceed).
export function missingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((scope) => !grants(granted, scope))
}

// The documented G2 403 body as the errors page shows it (with `error`); `detail` names what is missing.
export function forbiddenBody(required: readonly string[], granted: readonly string[]) {
  return {
    detail: documented.missingScopes(missingScopes(granted, required)),
    error: documented.insufficientScopesCode,
    required: [...required],
    granted: [...granted]
  }
}
