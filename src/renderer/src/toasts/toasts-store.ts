import { create } from 'zustand'

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
}

interface ToastsState {
  toasts: Toast[]
  next: number
}

/** At most this many toasts at once; the oldest makes room. */
export const MAX_TOASTS = 4

/** Client state: the notifications on screen. */
export const useToastsStore = create<ToastsState>(() => ({ toasts: [], next: 1 }))

/** Shows a notification; returns its id. */
export function notify(text: string, options: { tone?: Toast['tone']; link?: ToastLink } = {}): number {
  const { next, toasts } = useToastsStore.getState()
  const toast: Toast = { id: next, text, tone: options.tone ?? 'success', ...(options.link ? { link: options.link } : {}) }
  useToastsStore.setState({ next: next + 1, toasts: [...toasts, toast].slice(-MAX_TOASTS) })
  return toast.id
}

/** Removes one notification. */
export function dismissToast(id: number): void {
  useToastsStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
}
