/** Methods that change nothing on the server (RFC 9110 §9.2.1): a lost answer to one applied nothing. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Methods that may be sent twice without changing the result (RFC 9110 §9.2.2); POST and PATCH are not. */
const IDEMPOTENT = new Set([...SAFE, 'PUT', 'DELETE'])

// Whether resending `method` cannot create a duplicate: the one rule the error mapper and the retry loop share (undefined: old callers, idempotent).
export function isIdempotent(method: string | undefined): boolean {
  return method === undefined || IDEMPOTENT.has(method.toUpperCase())
}

// Whether `method` changes nothing on the server, so a request without an answer cannot have applied anything.
export function isSafeMethod(method: string): boolean {
  return SAFE.has(method.toUpperCase())
}
