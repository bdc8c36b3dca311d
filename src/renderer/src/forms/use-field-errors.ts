import { useCallback, useEffect, useId, useState } from 'react'
import { fieldDomId, routeIssues, type FieldIssue } from './field-issue'

/** The props an input needs to be labelled, marked invalid and described by its message. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** A form's field errors: shown per path, routed to a banner when no field has that path. */
export interface FieldErrors {
  errors: Readonly<Record<string, string>>
  banner: readonly FieldIssue[]
  bannerId: string
  idOf(path: string): string
  errorIdOf(path: string): string
  controlProps(path: string, hintId?: string): FieldControlProps
  /** Replaces all errors with these issues and moves focus to the first invalid field (form order). */
  show(issues: readonly FieldIssue[]): void
  clear(path: string): void
  clearAll(): void
}

/** Optional hook for forms with collapsible rows: open the row that holds `path` before focusing. */
export interface FieldErrorOptions {
  reveal?: (path: string) => void
}

/**
 * Field-error wiring every form reuses: `fields` lists the form's paths in display order (nested
 * ones too, e.g. `variants.1.email_content`). Marks inputs with aria-invalid + aria-describedby and
 * focuses the first invalid field, or the banner when only unplaceable issues came back.
 */
export function useFieldErrors(fields: readonly string[], options: FieldErrorOptions = {}): FieldErrors {
  const formId = useId().replace(/[^A-Za-z0-9_-]/g, '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<FieldIssue[]>([])
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null)
  const { reveal } = options
  const bannerId = `${formId}-banner`
  const idOf = useCallback((path: string) => fieldDomId(formId, path), [formId])
  const errorIdOf = useCallback((path: string) => `${fieldDomId(formId, path)}-error`, [formId])

  useEffect(() => {
    if (!focusRequest) return
    const element = document.getElementById(focusRequest.id)
    if (!element) return
    element.focus()
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' })
  }, [focusRequest])

  const show = useCallback(
    (issues: readonly FieldIssue[]) => {
      const routed = routeIssues(fields, issues)
      setErrors(routed.onFields)
      setBanner(routed.banner)
      if (routed.firstField) reveal?.(routed.firstField)
      const target = routed.firstField ? idOf(routed.firstField) : routed.banner.length > 0 ? bannerId : null
      if (target) setFocusRequest((previous) => ({ id: target, n: (previous?.n ?? 0) + 1 }))
    },
    [fields, reveal, idOf, bannerId]
  )

  const clear = useCallback((path: string) => {
    setErrors((previous) => {
      if (!(path in previous)) return previous
      const next = { ...previous }
      delete next[path]
      return next
    })
  }, [])

  const clearAll = useCallback(() => {
    setErrors({})
    setBanner([])
  }, [])

  const controlProps = (path: string, hintId?: string): FieldControlProps => {
    const invalid = path in errors
    const describedBy = [invalid ? errorIdOf(path) : null, hintId ?? null].filter(Boolean).join(' ')
    return { id: idOf(path), 'aria-invalid': invalid ? true : undefined, 'aria-describedby': describedBy || undefined }
  }

  return { errors, banner, bannerId, idOf, errorIdOf, controlProps, show, clear, clearAll }
}
