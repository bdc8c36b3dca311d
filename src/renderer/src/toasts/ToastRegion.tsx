import { ToastItem } from './ToastItem'
import { useToastsStore } from './toasts-store'
import './toasts.css'

/**
 * Where notifications appear: an always-present polite live region (so additions are announced),
 * floating over the corner so a confirmation never moves the table under the pointer.
 */
export function ToastRegion() {
  const toasts = useToastsStore((s) => s.toasts)
  return (
    <section className="toast-region" aria-label="Notifications">
      <ol className="toast-list" aria-live="polite" aria-relevant="additions text">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ol>
    </section>
  )
}
