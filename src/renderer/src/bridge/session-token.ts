/** The parts of `location`, `history` and `sessionStorage` the token handling needs (injectable for tests). */
export interface TokenPlaces {
  location: { href: string }
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void }
  storage: Pick<Storage, 'getItem' | 'setItem'> | null
}

const STORAGE_KEY = 'coldsend.bridgeToken'

/**
 * Browser mode opens with `?token=…` once. The page keeps the token in this tab's sessionStorage
 * (per origin: another local port cannot read it; a reload keeps it) and removes it from the
 * address bar, history, bookmarks and screenshots. Returns the token, or null when there is none.
 */
export function takeSessionToken(places: TokenPlaces): string | null {
  const url = new URL(places.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl !== null) {
    url.searchParams.delete('token')
    places.history.replaceState(places.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    if (fromUrl !== '') {
      try {
        places.storage?.setItem(STORAGE_KEY, fromUrl)
      } catch {
        // storage disabled: the token still works until the next reload
      }
      return fromUrl
    }
  }
  try {
    return places.storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}
