import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { ERROR_LOG_LINK_LABEL } from '../guidance/error-log-link'
import { dismissToast, type Toast } from './toasts-store'

/** How long a success or info toast stays when nobody is hovering or focusing it. */
export const TOAST_MS = 8_000

/** One toast: its text, a link to what it is about, a failure's link to its error record, and Dismiss; pauses while hovered or focused. */
export function ToastItem({ toast }: { toast: Toast }) {
  const [held, setHeld] = useState(false)
  useEffect(() => {
    if (toast.tone === 'problem' || held) return
    const timer = setTimeout(() => dismissToast(toast.id), TOAST_MS)
    return () => clearTimeout(timer)
  }, [toast, held])
  return (
    <li
      className={`toast toast--${toast.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p className="toast__text">{toast.text}</p>
      {toast.link ? (
        <Link className="toast__link" to={toast.link.to} onClick={() => dismissToast(toast.id)}>
          {toast.link.label}
        </Link>
      ) : null}
      {toast.logLink ? (
        <Link className="toast__link" to={toast.logLink} onClick={() => dismissToast(toast.id)}>
          {ERROR_LOG_LINK_LABEL}
        </Link>
      ) : null}
      <button type="button" className="icon-button toast__dismiss" aria-label="Dismiss notification" onClick={() => dismissToast(toast.id)}>
        ×
      </button>
    </li>
  )
}
