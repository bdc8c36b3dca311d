/** Limits for fetching a small config document from the network. */
export interface BoundedFetchOptions {
  timeoutMs?: number
  maxBytes?: number
  signal?: AbortSignal
}

/** Outcome of one bounded fetch: the body text, or why there is none. */
export type BoundedFetchResult = { ok: true; text: string; url: string } | { ok: false; reason: string; url: string }

/**
 * GETs a URL with a hard timeout and a body-size cap, never throwing: config files are tiny, so anything
 * slow or large is treated as "not found". No credentials or cookies are sent.
 */
export async function boundedFetch(url: string, options: BoundedFetchOptions = {}): Promise<BoundedFetchResult> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const maxBytes = options.maxBytes ?? 256 * 1024
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  try {
    const res = await fetch(url, { signal, redirect: 'follow', credentials: 'omit', headers: { accept: 'text/xml, application/xml' } })
    if (!res.ok) {
      await res.body?.cancel()
      return { ok: false, reason: `HTTP ${res.status}`, url }
    }
    const declared = Number(res.headers.get('content-length') ?? '0')
    if (declared > maxBytes) {
      await res.body?.cancel()
      return { ok: false, reason: `response larger than ${maxBytes} bytes`, url }
    }
    const chunks: Uint8Array[] = []
    let size = 0
    if (res.body) {
      const reader = res.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        size += value.byteLength
        if (size > maxBytes) {
          await reader.cancel()
          return { ok: false, reason: `response larger than ${maxBytes} bytes`, url }
        }
        chunks.push(value)
      }
    }
    return { ok: true, text: Buffer.concat(chunks).toString('utf8'), url }
  } catch (err) {
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : (err as Error).message
    return { ok: false, reason, url }
  }
}
