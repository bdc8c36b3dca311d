import type { ApiBinding } from '../../../shared/contract/operations'

/** A contract input split into what goes in the path, the query string and the JSON body. */
export interface RequestParts {
  path: string
  searchParams: Record<string, string>
  json: Record<string, unknown> | undefined
}

/**
 * Fills `{name}` segments of the path template from the input (URL-encoded); the rest of the input
 * becomes the query for GET/DELETE and the JSON body otherwise. The renderer never supplies a URL.
 */
export function buildRequestParts(binding: ApiBinding, input: Record<string, unknown>): RequestParts {
  const rest: Record<string, unknown> = { ...input }
  const path = binding.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = rest[name]
    delete rest[name]
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`missing path parameter ${name}`)
    return encodeURIComponent(String(value))
  })
  if (binding.method === 'GET' || binding.method === 'DELETE') {
    const searchParams: Record<string, string> = {}
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined || value === null) continue
      searchParams[key] = Array.isArray(value) ? value.join(',') : String(value)
    }
    return { path, searchParams, json: undefined }
  }
  return { path, searchParams: {}, json: rest }
}
