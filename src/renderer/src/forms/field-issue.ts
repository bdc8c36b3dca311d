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

/** Splits issues into those a form can show on a field and those for the banner (in form order). */
export function routeIssues(
  fields: readonly string[],
  issues: readonly FieldIssue[]
): { onFields: Record<string, string>; banner: FieldIssue[]; firstField: string | null } {
  const onFields: Record<string, string> = {}
  const banner: FieldIssue[] = []
  for (const issue of issues) {
    if (!fields.includes(issue.path)) banner.push(issue)
    else if (!(issue.path in onFields)) onFields[issue.path] = issue.msg
    else onFields[issue.path] = `${onFields[issue.path]} ${issue.msg}`
  }
  const firstField = fields.find((f) => f in onFields) ?? null
  return { onFields, banner, firstField }
}

/** A DOM id for a form path: stable, and safe for `getElementById` and `aria-describedby`. */
export function fieldDomId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`
}
