import type { AppError } from '../../../shared/contract/app-error'

/** One problem on one form path (`name`, `variants.1.email_content`), from local rules or the server. */
export interface FieldIssue {
  path: string
  msg: string
}

/** The field issues inside an AppError: a validation error's issues by their `path`, else none. */
export function issuesFromError(error: AppError): FieldIssue[] {
  if (error.kind !== 'validation') return []
  return error.issues.map((issue) => ({ path: issue.path, msg: issue.msg }))
}

/** A DOM id for a form path: stable, and safe for `getElementById` and `aria-describedby`. */
export function fieldDomId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

/** Flattens react-hook-form's nested error tree into path + message pairs (arrays are sparse). */
export function flattenFieldErrors(tree: unknown, prefix = ''): FieldIssue[] {
  if (!tree || typeof tree !== 'object') return []
  const node = tree as Record<string, unknown>
  if (typeof node.message === 'string' && typeof node.type === 'string') return [{ path: prefix, msg: node.message }]
  return Object.entries(node).flatMap(([key, child]) =>
    key === 'ref' || key === 'root' ? [] : flattenFieldErrors(child, prefix ? `${prefix}.${key}` : key)
  )
}
