import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { parseCallOptions } from '../../shared/contract/call-options'
import { EVENT_CHANNEL, operationChannel } from '../../shared/contract/facade'
import { isEventName } from '../../shared/contract/events'
import { OPERATION_NAMES, type OperationName } from '../../shared/contract/operations'
import { fail, type Envelope } from '../../shared/contract/envelope'
import type { Core } from '../core/core-api'
import { callOptionsRefusal } from '../core/errors/call-options-refusal'
import { isAppUrl } from './app-origin'
import { isTrustedSender } from './sender-check'
import { shellFailure } from './shell-failure'

/** Resolves to the core once it has booted; rejects if boot failed. */
export type CoreSource = () => Promise<Core>

async function answer(name: OperationName, event: IpcMainInvokeEvent, input: unknown, rawOptions: unknown, getCore: CoreSource): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event)) return shellFailure(name, 'Request refused: it did not come from the console window.')
  // Strict: only `{}` or `{ priority: 'background' }` goes on (the core checks again); anything else is invalid input.
  const options = parseCallOptions(rawOptions)
  if (!options.ok) return fail(callOptionsRefusal(name))
  let core: Core
  try {
    core = await getCore()
  } catch {
    return shellFailure(name, 'The console core failed to start; see the application log.')
  }
  try {
    return await core.invoke(name, input, options.options)
  } catch {
    return shellFailure(name, 'The operation failed unexpectedly.')
  }
}

/**
 * One `ipcMain.handle` per contract row (channel `coldsend:op:<name>`), nothing else: each call
 * is sender-checked first, its call options (the second argument) checked strictly, then it is
 * handed to the core with exactly the input and those options, and always answered with an envelope.
 * Registered before `ready` so a renderer can never race an unregistered channel.
 */
export function registerOperationHandlers(ipcMain: Pick<IpcMain, 'handle'>, getCore: CoreSource): string[] {
  return OPERATION_NAMES.map((name) => {
    const channel = operationChannel(name)
    ipcMain.handle(channel, (event, input: unknown, options: unknown) => answer(name, event, input, options, getCore))
    return channel
  })
}

/** The WebContents surface used to push events. */
export type PushTarget = Pick<WebContents, 'send' | 'isDestroyed' | 'getURL'>

/**
 * Forwards core push events to every live console page as `(EVENT_CHANNEL, name, payload)`;
 * pages not on app://console (or unknown event names) get nothing. Returns the unsubscribe.
 */
export function forwardPushEvents(core: Pick<Core, 'subscribe'>, targets: () => PushTarget[]): () => void {
  return core.subscribe(({ name, payload }) => {
    if (!isEventName(name)) return
    for (const contents of targets()) {
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, name, payload)
    }
  })
}
