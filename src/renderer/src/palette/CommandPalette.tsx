import { useEffect, useState } from 'react'
import { Dialog } from '../components/Dialog'
import { PaletteBody } from './PaletteBody'

/** True for Ctrl+K, or ⌘+K on macOS. */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
}

/** The command palette (Ctrl/⌘+K): jump to any screen, campaign or inbox by name, or run a common action. */
export function CommandPalette() {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return
      event.preventDefault()
      setOpen((o) => !o)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  if (!open) return null
  return (
    <Dialog title="Go to or run…" onClose={() => setOpen(false)}>
      <PaletteBody onDone={() => setOpen(false)} />
    </Dialog>
  )
}
