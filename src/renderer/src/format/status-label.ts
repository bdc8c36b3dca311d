/** An API status in words: `PAUSED` → "Paused", `OPENED_BUT_NOT_REPLIED` → "Opened but not replied"; empty → "Unknown". */
export function statusLabel(status: string | null | undefined): string {
  return status ? status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ') : 'Unknown'
}
