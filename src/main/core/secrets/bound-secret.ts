/** What a backend stores for a key: the key and the origin it was entered for, sealed together. */
interface BoundSecret {
  v: 1
  origin: string
  key: string
}

/** The origin (scheme, host, port) of a base URL, the unit a key is bound to. */
export function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin
  } catch {
    return 'null'
  }
}

/**
 * Seals a key with its origin before it reaches a backend. The backend's encryption then covers the
 * binding too: rewriting `baseUrl` in settings.json cannot point a stored key at another server.
 */
export function bindSecret(key: string, origin: string): string {
  return JSON.stringify({ v: 1, origin, key } satisfies BoundSecret)
}

/**
 * The key, only when it was bound to `origin`; null when bound elsewhere. A value stored before keys
 * were bound (plain text, not our JSON) is returned as it is: its binding is the profile's own URL.
 */
export function unbindSecret(stored: string, origin: string): string | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(stored)
  } catch {
    return stored
  }
  const bound = parsed as Partial<BoundSecret> | null
  if (typeof bound !== 'object' || bound === null || bound.v !== 1 || typeof bound.key !== 'string') return stored
  return bound.origin === origin ? bound.key : null
}
