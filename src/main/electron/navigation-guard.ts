import type { Session, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

type OpenExternal = (url: string) => Promise<boolean>

/** The WebContents surface the guard hooks (kept narrow so tests can pass a fake). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Checklist #11–#14: the console never leaves app://console. Navigations elsewhere are cancelled
 * (allow-listed https links go to the browser instead), every window.open is denied, and
 * <webview> can never attach. Installed for every WebContents from `web-contents-created`.
 */
export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  const refuse = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url)) return
    event.preventDefault()
    void openExternal(url)
  }
  contents.on('will-navigate', (event, url) => refuse(event, event.url ?? url))
  contents.on('will-redirect', (event, url) => refuse(event, event.url ?? url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url)
    return { action: 'deny' }
  })
}

/** The Session surface used to deny permissions. */
export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>

/**
 * Checklist #5: the console needs no camera, notifications, clipboard-read, HID, … so every
 * permission request and check is answered "no" (the default would grant them).
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler?.(() => false)
}
