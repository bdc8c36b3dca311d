import { create } from 'zustand'
import type { AppError } from '../../../shared/contract/app-error'
import { errorLogLinkFor } from '../guidance/error-log-link'

/** A toast's link to what it is about (a campaign, an error record): an in-app route. */
export interface ToastLink {
  to: string
  label: string
}

/** One notification: success ones leave by themselves, problems stay until dismissed. */
export interface Toast {
  id: number
  text: string
  tone: 'success' | 'info' | 'problem'
  link?: ToastLink
  /** For a failure: where its record is in the error log (shown as "View in error log"). */
  logLink?: string
}

interface ToastsState {
  toasts: Toast[]
  next: number
}

/** At most this many toasts at once; the oldest makes room. */
export const MAX_TOASTS = 4

/** Client state: the notifications on screen. */
export const useToastsStore = create<ToastsState>(() => ({ toasts: [], next: 1 }))

/** What a notification may carry besides its text: tone, a link, and for a failure the error (to link its record). */
export interface NotifyOptions {
  tone?: Toast['tone']
  link?: ToastLink
  error?: AppError
}

/** Shows a notification; returns its id. A toast about an `error` is a problem and links to its record. */
export function notify(text: string, options: NotifyOptions = {}): number {
  const { next, toasts } = useToastsStore.getState()
  const logLink = options.error ? errorLogLinkFor(options.error) : null
  const toast: Toast = {
    id: next,
    text,
    tone: options.tone ?? (options.error ? 'problem' : 'success'),
    ...(options.link ? { link: options.link } : {}),
    ...(logLink ? { logLink } : {})
  }
  useToastsStore.setState({ next: next + 1, toasts: [...toasts, toast].slice(-MAX_TOASTS) })
  return toast.id
}

/** Removes one notification. */
export function dismissToast(id: number): void {
  useToastsStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}
