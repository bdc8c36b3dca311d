import type { HttpMethod, RouteDef } from './route'

/** The outcome of matching a request path: a route, a path with other methods (405), or nothing (404). */
export type RouteMatch =
  | { kind: 'found'; route: RouteDef; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: HttpMethod[] }
  | { kind: 'none' }

interface Compiled {
  route: RouteDef
  segments: Array<{ literal: string } | { param: string }>
}

function compile(route: RouteDef): Compiled {
  const segments = route.path
    .split('/')
    .slice(1)
    .map((s) => (s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s }))
  return { route, segments }
}

// Starlette decodes each path segment before matching; undecodable text is kept as sent.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A tiny method + path-template router; each resource contributes its RouteDefs. */
export class Router {
  private readonly routes: Compiled[]

  constructor(routes: readonly RouteDef[]) {
    this.routes = routes.map(compile)
  }

  // Finds the route for `method` on `path` (relative to the API base, e.g. `/campaigns/abc`); exact, like Starlette.
  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').slice(1)
    const allowed: HttpMethod[] = []
    for (const compiled of this.routes) {
      const params = this.bind(compiled, parts)
      if (params === null) continue
      if (compiled.route.method === method) return { kind: 'found', route: compiled.route, params }
      allowed.push(compiled.route.method)
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' }
  }

  private bind(compiled: Compiled, parts: string[]): Record<string, string> | null {
    if (compiled.segments.length !== parts.length) return null
    const params: Record<string, string> = {}
    for (const [i, segment] of compiled.segments.entries()) {
      const part = parts[i] ?? ''
      if ('literal' in segment) {
        if (segment.literal !== part) return null
      } else if (part === '') return null
      else params[segment.param] = decodeSegment(part)
    }
    return params
  }
}
