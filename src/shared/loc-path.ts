/** Where a validation issue belongs: a form field path, or a banner that still names the field. */
export interface LocTarget {
  /** Form path such as `variants.1.email_content`; for query/path locations the parameter name. */
  path: string
  /** `body` issues go on a form field; `query`, `path`, `header` and unknown roots go to a banner. */
  where: 'field' | 'banner'
}

/**
 * Maps a FastAPI `loc` array to a form path: `["body","variants",0,"distribution_percent"]` →
 * `variants.0.distribution_percent`. One pure function, shared by core and renderer.
 */
export function locToPath(loc: ReadonlyArray<string | number>): LocTarget {
  const [root, ...rest] = loc
  const join = (parts: ReadonlyArray<string | number>) => parts.map(String).join('.')
  if (root === 'body') return { path: join(rest), where: rest.length > 0 ? 'field' : 'banner' }
  if (root === 'query' || root === 'path' || root === 'header' || root === 'cookie') {
    return { path: join(rest), where: 'banner' }
  }
  return { path: join(loc), where: 'banner' }
}

/** True when a form that registered `fields` can show an issue at `path` on one of them. */
export function formShowsPath(fields: ReadonlyArray<string>, path: string): boolean {
  return fields.includes(path)
}
