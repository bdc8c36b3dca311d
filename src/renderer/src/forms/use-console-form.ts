import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useId, useState } from 'react'
import { useForm, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { AppError } from '../../../shared/contract/app-error'
import { errorLogLinkFor } from '../guidance/error-log-link'
import { fieldDomId, flattenFieldErrors, issuesFromError, type FieldIssue } from './field-issue'
import { useSectionRegistry, type SectionRegistry } from './form-sections'
import { routeIssues } from './route-issues'

/** What a console form is built from: its zod schema, first values, and its field paths in display order. */
export interface ConsoleFormOptions<T extends FieldValues> {
  schema: z.ZodType<T, T>
  defaultValues: T
  /** Field paths in display order; `*` stands for an array index (`variants.*.email_content`). */
  fields: readonly string[]
  /** Human names for paths, so banner lines say "Sending days" rather than `sending_days`. */
  labels?: Readonly<Record<string, string>>
}

/** A react-hook-form form plus the console's error placement (fields, sections, banner, focus). */
export interface ConsoleForm<T extends FieldValues> {
  form: UseFormReturn<T>
  formId: string
  bannerId: string
  banner: readonly FieldIssue[]
  /** The error log record of the server error the banner came from (null for local checks). */
  logLink: string | null
  labels: Readonly<Record<string, string>>
  sections: SectionRegistry
  idOf(path: string): string
  errorIdOf(path: string): string
  /** Puts issues on their fields (opening sections), the rest in the banner, and focuses the first. */
  showIssues(issues: readonly FieldIssue[]): void
  /** showIssues for an AppError's validation issues; false when the error has none (show it as a notice). */
  showError(error: AppError): boolean
  /** Clears every error and the banner (before a new submit). */
  clearAll(): void
  /** handleSubmit that routes local schema errors through showIssues too (same focus and reveal). */
  submit(onValid: (values: T) => unknown): (event?: React.BaseSyntheticEvent) => Promise<void>
}

/**
 * The one forms layer: react-hook-form with a zod schema, and one adapter that places every issue —
 * local or from a 422 — on its field by path (`setError` on nested paths), opens the collapsed
 * section that holds it, focuses and scrolls to the first, and names the rest in a banner.
 */
export function useConsoleForm<T extends FieldValues>(options: ConsoleFormOptions<T>): ConsoleForm<T> {
  const { schema, defaultValues, fields, labels = {} } = options
  const formId = `f${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaultValues as never,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false
  })
  const sections = useSectionRegistry()
  const [banner, setBanner] = useState<FieldIssue[]>([])
  const [logLink, setLogLink] = useState<string | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null)
  const bannerId = `${formId}-banner`
  const idOf = useCallback((path: string) => fieldDomId(formId, path), [formId])
  const errorIdOf = useCallback((path: string) => `${fieldDomId(formId, path)}-error`, [formId])

  // Runs after the render that opened the section, so the field is visible and focusable.
  useEffect(() => {
    if (!focusRequest) return
    const element = document.getElementById(focusRequest.id)
    if (!element) return
    element.focus()
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' })
  }, [focusRequest])

  // Opened from an error record's field link (`#/…?field=smtp_host`): reveal and focus that field once.
  useEffect(() => {
    const field = fieldFromAddress()
    if (!field) return
    sections.reveal(field)
    // after the section that holds it has opened (a closed <details> cannot take focus)
    const timer = setTimeout(() => setFocusRequest({ id: idOf(field), n: -1 }), 0)
    return () => clearTimeout(timer)
  }, [sections, idOf])

  const showIssues = useCallback(
    (issues: readonly FieldIssue[]) => {
      const routed = routeIssues(fields, issues)
      for (const [path, message] of routed.onFields) form.setError(path as Path<T>, { type: 'server', message })
      setBanner(routed.banner)
      setLogLink(null)
      if (routed.first) sections.reveal(routed.first)
      const target = routed.first ? idOf(routed.first) : routed.banner.length > 0 ? bannerId : null
      if (target) setFocusRequest((previous) => ({ id: target, n: (previous?.n ?? 0) + 1 }))
    },
    [fields, form, sections, idOf, bannerId]
  )

  const showError = useCallback(
    (error: AppError) => {
      const issues = issuesFromError(error)
      if (issues.length === 0) return false
      showIssues(issues)
      setLogLink(errorLogLinkFor(error))
      return true
    },
    [showIssues]
  )

  const clearAll = useCallback(() => {
    form.clearErrors()
    setBanner([])
    setLogLink(null)
  }, [form])

  const submit = useCallback(
    (onValid: (values: T) => unknown) =>
      form.handleSubmit(
        async (values) => {
          setBanner([])
          setLogLink(null)
          await onValid(values)
        },
        (errors) => showIssues(flattenFieldErrors(errors))
      ),
    [form, showIssues]
  )

  return { form, formId, bannerId, banner, logLink, labels, sections, idOf, errorIdOf, showIssues, showError, clearAll, submit }
}

/** The `field` parameter of the hash address (`#/campaigns?new=1&field=name`), which error records link with. */
export function fieldFromAddress(): string | null {
  const query = window.location.hash.split('?')[1]
  const field = query ? new URLSearchParams(query).get('field') : null
  return field && /^[A-Za-z0-9_.]{1,200}$/.test(field) ? field : null
}
