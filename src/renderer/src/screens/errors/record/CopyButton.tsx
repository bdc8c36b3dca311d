import { useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

/** Props: the button's visible label, and the text it puts on the clipboard (built when clicked). */
export interface CopyButtonProps {
  label: string
  text: () => string
}

/**
 * A button that copies plain text to the clipboard and says, in a polite live region next to it,
 * whether that worked (clipboard access can be refused; then the operator copies by hand).
 */
export function CopyButton({ label, text }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text())
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Could not copy; select the text and copy it by hand.' : ''}
      </span>
    </span>
  )
}
