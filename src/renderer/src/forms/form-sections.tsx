import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'

/** Opens the collapsible sections holding a path; forms with sections provide one, flat forms need none. */
export interface SectionRegistry {
  register(prefixes: readonly string[], open: () => void): () => void
  reveal(path: string): void
}

const SectionContext = createContext<SectionRegistry | null>(null)

/** Makes a registry for one form: each section registers the path prefixes it holds. */
export function useSectionRegistry(): SectionRegistry {
  const sections = useRef(new Set<{ prefixes: readonly string[]; open: () => void }>())
  return useMemo(
    () => ({
      register(prefixes, open) {
        const entry = { prefixes, open }
        sections.current.add(entry)
        return () => void sections.current.delete(entry)
      },
      reveal(path) {
        for (const s of sections.current) if (s.prefixes.some((p) => path === p || path.startsWith(`${p}.`))) s.open()
      }
    }),
    []
  )
}

/** Puts a form's section registry in context for its FormSection children. */
export function SectionProvider({ registry, children }: { registry: SectionRegistry; children?: ReactNode }) {
  return <SectionContext.Provider value={registry}>{children}</SectionContext.Provider>
}

/** Props of one collapsible part of a form. */
export interface FormSectionProps {
  title: string
  /** The field paths (prefixes) inside, e.g. `['variants']` or `['sequences.0']`. */
  holds: readonly string[]
  defaultOpen?: boolean
  children: ReactNode
}

/** A collapsible form section (a real <details>) that opens itself when an error lands inside it. */
export function FormSection({ title, holds, defaultOpen = false, children }: FormSectionProps) {
  const registry = useContext(SectionContext)
  const [open, setOpen] = useState(defaultOpen)
  const key = holds.join('|')
  const summaryId = useId()
  const openSection = useCallback(() => setOpen(true), [])
  useEffect(() => registry?.register(key.split('|'), openSection), [registry, key, openSection])
  // Named by its summary, so "Variant B" is a group a person (or a test) can find by name.
  return (
    <details className="form-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} aria-labelledby={summaryId}>
      <summary id={summaryId}>{title}</summary>
      <div className="form-section__body">{children}</div>
    </details>
  )
}
