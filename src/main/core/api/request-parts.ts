import type { ApiBinding, MultipartFile, RequestEncoding } from '../../../shared/contract/operations'

/**
 * A contract input split into what goes in the path, the query string and the body. At most one of
 * `json` and `form` is set: `json` is sent as a JSON body, `form` as a multipart/form-data body
 * (let fetch write the boundary: never set Content-Type by hand for it).
 */
export interface RequestParts {
  path: string
  searchParams: Record<string, string>
  json: Record<string, unknown> | undefined
  form?: FormData
}

// The binding's encoding, or the default: query for GET/DELETE, JSON otherwise.
function encodingOf(binding: ApiBinding): RequestEncoding {
  if (binding.encoding) return binding.encoding
  return binding.method === 'GET' || binding.method === 'DELETE' ? { kind: 'query' } : { kind: 'json' }
}

// Fills `{name}` segments from the input (URL-encoded) and returns the input that is left.
function fillPath(template: string, input: Record<string, unknown>): { path: string; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...input }
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = rest[name]
    delete rest[name]
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`missing path parameter ${name}`)
    return encodeURIComponent(String(value))
  })
  return { path, rest }
}

function toQuery(rest: Record<string, unknown>): Record<string, string> {
  const searchParams: Record<string, string> = {}
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null) continue
    searchParams[key] = Array.isArray(value) ? value.join(',') : String(value)
  }
  return searchParams
}

// One file part from the input's bytes, every other field a text part (objects/arrays as JSON strings).
function toForm(rest: Record<string, unknown>, file: MultipartFile): FormData {
  const form = new FormData()
  const content = rest[file.contentFrom]
  if (!(content instanceof Uint8Array)) throw new Error(`missing file content ${file.contentFrom}`)
  const name = rest[file.fileNameFrom]
  form.append(file.part, new Blob([content as Uint8Array<ArrayBuffer>], { type: file.contentType }), typeof name === 'string' && name !== '' ? name : file.part)
  for (const [key, value] of Object.entries(rest)) {
    if (key === file.contentFrom || key === file.fileNameFrom || value === undefined || value === null) continue
    form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  return form
}

/**
 * Fills `{name}` segments of the path template from the input (URL-encoded); the rest of the input
 * goes where the binding says: the query for GET/DELETE and a JSON body otherwise by default, or a
 * multipart form for uploads. The renderer never supplies a URL.
 */
export function buildRequestParts(binding: ApiBinding, input: Record<string, unknown>): RequestParts {
  const { path, rest } = fillPath(binding.path, input)
  const encoding = encodingOf(binding)
  if (encoding.kind === 'query') return { path, searchParams: toQuery(rest), json: undefined }
  if (encoding.kind === 'multipart') return { path, searchParams: {}, json: undefined, form: toForm(rest, encoding.file) }
  return { path, searchParams: {}, json: rest }
}
