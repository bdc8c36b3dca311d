import type { z } from 'zod'

/** A file part built from input fields (multipart uploads): the bytes and the name. */
export interface MultipartFile {
  /** Form part name, e.g. `file`. */
  part: string
  /** Input field holding the file's content (bytes). */
  contentFrom: string
  /** Input field holding the file name sent in the part's Content-Disposition. */
  fileNameFrom: string
  /** The part's content type, e.g. `text/csv`. */
  contentType: string
}

/**
 * Where the non-path input of an API operation travels. Default: the query string for GET/DELETE,
 * a JSON body otherwise. `multipart`: one file part from `file`, every other field a text part
 * (objects and arrays as JSON strings).
 */
export type RequestEncoding = { kind: 'query' } | { kind: 'json' } | { kind: 'multipart'; file: MultipartFile }

/** HTTP binding of an API operation: the renderer never sends URLs; the core maps op → method + path. */
export interface ApiBinding {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path template relative to the base URL; `{name}` segments are filled from the input. */
  path: string
  /** The scope the server requires (§1.3 of the API notes); a key lacking it gets a 403. */
  scope: string
  /** Overrides the default placement of the non-path input (e.g. a DELETE with a JSON body). */
  encoding?: RequestEncoding
}

/** One row of the contract table. */
export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  api?: ApiBinding
  /** Interactive calls fail fast on rate limits instead of waiting (design §4). */
  interactive?: boolean
}

/** Declares one contract row, keeping its exact schema types. */
export function op<S extends OperationSpec>(spec: S): S {
  return spec
}
