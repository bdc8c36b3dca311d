import { compareOrder, displayOrder, matchFieldPattern } from './field-paths'
import type { FieldIssue } from './field-issue'

/** Issues split into those a form shows on a field (grouped by path) and those for its banner. */
export interface RoutedIssues {
  onFields: Map<string, string>
  banner: FieldIssue[]
  /** The first invalid field in display order, or null when only banner issues came back. */
  first: string | null
}

/** Routes issues by the form's field patterns (display order; `*` = an array index). */
export function routeIssues(patterns: readonly string[], issues: readonly FieldIssue[]): RoutedIssues {
  const onFields = new Map<string, string>()
  const banner: FieldIssue[] = []
  for (const issue of issues) {
    if (matchFieldPattern(patterns, issue.path) < 0) banner.push(issue)
    else onFields.set(issue.path, onFields.has(issue.path) ? `${onFields.get(issue.path)} ${issue.msg}` : issue.msg)
  }
  const ordered = [...onFields.keys()].sort((a, b) => compareOrder(displayOrder(patterns, a), displayOrder(patterns, b)))
  return { onFields, banner, first: ordered[0] ?? null }
}
