import { isAppUrl } from './app-origin'

/** The parts of a WebFrameMain the check reads (structural, so tests need no Electron). */
export interface SenderFrameLike {
  readonly url: string
  readonly parent: SenderFrameLike | null
}

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface SenderEventLike {
  readonly senderFrame: SenderFrameLike | null
  readonly sender: { readonly mainFrame: SenderFrameLike }
}

/**
 * Checklist #17: an IPC call is accepted only from the console window's own main frame on
 * app://console. A null frame (navigated away or destroyed), an iframe, file://, or any other
 * origin is refused. Read `senderFrame` synchronously at the top of the handler.
 */
export function isTrustedSender(event: SenderEventLike): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  const isMainFrame = frame === event.sender.mainFrame || frame.parent === null
  return isMainFrame && isAppUrl(frame.url)
}
