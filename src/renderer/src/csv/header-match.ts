/** A CSV header as it is compared: case, surrounding space and `_`/`-`/space runs ignored ("SMTP_Host" = "smtp host"). */
export function normalHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, ' ')
}

/** The first column whose header is one of `hints` (compared with normalHeader), or undefined. */
export function findColumn(columns: readonly string[], hints: readonly string[]): string | undefined {
  const wanted = new Set(hints.map(normalHeader))
  return columns.find((c) => c.trim() !== '' && wanted.has(normalHeader(c)))
}
