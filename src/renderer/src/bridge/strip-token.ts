/** The parts of `location` and `history` the token strip needs (injectable for tests). */
export interface AddressBar {
  location: { href: string }
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void }
}

/**
 * Browser mode opens with `?token=…` once; the server has already turned it into a cookie, so the
 * token is removed from the address bar (and from history, bookmarks and screenshots) at start.
 */
export function stripTokenFromAddressBar(bar: AddressBar): boolean {
  const url = new URL(bar.location.href)
  if (!url.searchParams.has('token')) return false
  url.searchParams.delete('token')
  bar.history.replaceState(bar.history.state, '', `${url.pathname}${url.search}${url.hash}`)
  return true
}
