// One path segment of a pattern as a regex: `**` any number of segments, `*`/`{name}` one segment, `*` inside a segment any run.
function segmentSource(segment: string): string {
  if (segment === '**') return '(?:/[^/]*)*'
  if (/^\{[^/{}]+\}$/.test(segment)) return '/[^/]+'
  return `/${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}`
}

// Compiles a fault path pattern into a matcher for paths under the API base (`/campaigns/abc`); the query is never part of it.
export function compilePathPattern(pattern: string, basePath: string): (path: string) => boolean {
  let p = pattern.startsWith(`${basePath}/`) ? pattern.slice(basePath.length) : pattern
  if (!p.startsWith('/')) p = `/${p}`
  const source = p.split('/').slice(1).map(segmentSource).join('')
  const re = new RegExp(`^${source}$`)
  return (path) => re.test(path)
}
