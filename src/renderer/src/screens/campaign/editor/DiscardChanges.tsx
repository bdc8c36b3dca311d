import { useState } from 'react'

/** "Discard changes", asking first: unsaved edits are gone for good once discarded. */
export function DiscardChanges({ onDiscard, disabled }: { onDiscard: () => void; disabled: boolean }) {
  const [asking, setAsking] = useState(false)
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={disabled}>
        Discard changes
      </button>
    )
  return (
    <span className="inline-confirm" role="group" aria-label="Discard all unsaved changes?">
      <span>Discard all unsaved changes?</span>
      <button type="button" className="danger" onClick={() => (setAsking(false), onDiscard())}>
        Discard
      </button>
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        Keep editing
      </button>
    </span>
  )
}
