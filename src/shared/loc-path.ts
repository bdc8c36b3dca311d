/** Where a validation issue belongs: a form field path, or a banner that still names the field. */
export interface LocTarget {
  /** Form path such as `variants.1.email_content`; for query/path locations the parameter name. */
  path: string
  /** `body` issues go on a form field; `query`, `path`, `header` and unknown roots go to a banner. */
  where: 'field' | 'banner'
}

// FastAPI's request locations; only `body` is something a form shows.
const PARAMETER_ROOTS = new Set<string | number>(['query', 'path', 'header', 'cookie'])

// Pydantic v1 puts model-level (cross-field) errors under `__root__`; they belong to the parent.
const isRootMarker = (part: string | number) => part === '__root__'

/**
 * Maps a FastAPI `loc` array to a form path: `["body","variants",0,"distribution_percent"]` →
 * `variants.0.distribution_percent`. One pure function, shared by core and renderer.
 */
export function locToPath(loc: ReadonlyArray<string | number>): LocTarget {
  const [root, ...rest] = loc
  const join = (parts: ReadonlyArray<string | number>) => parts.filter((p) => !isRootMarker(p)).map(String).join('.')
  if (root === 'body') {
    const path = join(rest)
    return { path, where: path === '' ? 'banner' : 'field' }
  }
  if (root !== undefined && PARAMETER_ROOTS.has(root)) return { path: join(rest), where: 'banner' }
  return { path: join(loc), where: 'banner' }
}

/** True when a form that registered `fields` can show an issue at `path` on one of them. */
export function formShowsPath(fields: ReadonlyArray<string>, path: string): boolean {
  return fields.includes(path)
}
