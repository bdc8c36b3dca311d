import { GUIDANCE_LINK_HOSTS } from '../../shared/provider-guidance'

/** Hosts the console may open in the operator's browser: ColdSend's own sites and the bundled provider help pages, nothing else. */
export const EXTERNAL_HOSTS: readonly string[] = ['coldsend.pro', 'docs.coldsend.pro', 'app.coldsend.pro', ...GUIDANCE_LINK_HOSTS]

/**
 * Checklist #15: only `https:` URLs on an exact allow-listed host (no credentials, default port)
 * may leave the app, so a crafted link cannot launch file://, javascript: or a look-alike host.
 */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    EXTERNAL_HOSTS.includes(url.hostname) &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  )
}

/** The one method of Electron's `shell` this module needs. */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>
}

/** Opens an allow-listed link in the default browser; returns false (and opens nothing) otherwise. */
export function createOpenExternal(shell: ExternalOpener): (raw: string) => Promise<boolean> {
  return async (raw) => {
    if (!isAllowedExternalUrl(raw)) return false
    try {
      await shell.openExternal(new URL(raw).href)
      return true
    } catch {
      return false
    }
  }
}
