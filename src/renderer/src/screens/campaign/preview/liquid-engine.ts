/* The one Liquid engine the preview uses, configured so a template can never reach outside itself. */
import { Liquid } from 'liquidjs'

/**
 * Engine options. `templates: {}` gives liquidjs an empty in-memory file system: without it the
 * browser build resolves `{% include %}` / `{% render %}` / `{% layout %}` with XMLHttpRequest. Unknown
 * filters are errors (a typo should not pass silently); only a value's own properties are readable.
 */
export const LIQUID_OPTIONS = { templates: {}, strictFilters: true, ownPropertyOnly: true } as const

let engine: Liquid | null = null

/** The shared engine, made on first use. Liquid does not HTML-escape: show its output as text only. */
export function liquidEngine(): Liquid {
  engine ??= new Liquid({ ...LIQUID_OPTIONS, templates: {} })
  return engine
}

let filterNames: Set<string> | null = null

/** Names of the filters the engine knows (`default`, `upcase`, `date` …), to tell filters from spintax. */
export function knownFilterNames(): Set<string> {
  filterNames ??= new Set(Object.keys(liquidEngine().filters))
  return filterNames
}
