/** A status as the list shows it: the code, or "No response" when no HTTP answer came (network, timeout, local). */
export function statusText(status: number | undefined): string {
  return status === undefined || status === 0 ? 'No response' : String(status)
}

/** "12 times" / "once". */
export function timesText(count: number): string {
  return count === 1 ? 'once' : `${count.toLocaleString()} times`
}
