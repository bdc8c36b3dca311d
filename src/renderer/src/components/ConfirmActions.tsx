import type { ReactNode } from 'react'

/** Props: the destructive action's label, whether it is running, what it and Cancel do, and anything shown beside them. */
export interface ConfirmActionsProps {
  label: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
}

/**
 * The buttons under a question before something that cannot be undone: the action in danger style
 * (disabled while it runs) and "Cancel", which has the focus so Enter never destroys by accident.
 */
export function ConfirmActions({ label, busy, onConfirm, onCancel, children }: ConfirmActionsProps) {
  return (
    <div className="button-row">
      <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
      {children}
    </div>
  )
}
