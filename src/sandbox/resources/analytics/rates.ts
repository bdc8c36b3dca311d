// An analytics rate: a fraction 0–1 rounded to 4 decimals, 0 when nothing was sent (A1/A2 differ from C3's percentages).
export function rate(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0
}

/** Counters and rates of one campaign or one day, as A1/A2 compute them. */
export interface Rates {
  open_rate: number
  reply_rate: number
  bounce_rate: number
}

// Opens and replies per email sent; bounces per delivery attempted (sent + bounced).
export function ratesOf(sent: number, opened: number, replied: number, bounced: number): Rates {
  return { open_rate: rate(opened, sent), reply_rate: rate(replied, sent), bounce_rate: rate(bounced, sent + bounced) }
}
