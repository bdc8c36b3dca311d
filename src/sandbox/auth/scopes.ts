import { documented } from '../wording'

// Whether a key's scopes cover one required scope: exact, `*`, or `<resource>:all`.
export function grants(granted: readonly string[], required: string): boolean {
  if (granted.includes('*') || granted.includes(required)) return true
  const resource = required.split(':')[0]
  return resource !== undefined && granted.includes(`${resource}:all`)
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
