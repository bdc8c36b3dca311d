import type { FieldIssue } from '../../../forms/field-issue'
import type { EditorValues } from './editor-values'

// Paths that name a whole group (a list, one variant, one step) rather than one input.
const GROUP_PATTERNS = [/^variants$/, /^variants\.\d+$/, /^sequences$/, /^sequences\.\d+$/, /^sequences\.\d+\.variants$/, /^sequences\.\d+\.variants\.\d+$/, /^inbox_ids$/, /^sending_days$/]

/** The error slot of a group: react-hook-form keeps a list's own error under `root`, beside its items' errors. */
export const groupErrorPath = (group: string) => `${group}.root`

function lengthAt(values: EditorValues, listPath: string): number {
  let node: unknown = values
  for (const part of listPath.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return Array.isArray(node) ? node.length : 0
}

// Human name of a list item, for an issue about an item the editor no longer shows.
function itemName(listPath: string, index: number): string {
  if (listPath.endsWith('variants')) return `Variant ${String.fromCharCode(65 + index)}`
  if (listPath === 'sequences') return `Follow-up step ${index + 2}`
  if (listPath === 'inbox_ids') return `Inbox ${index + 1}`
  return `Item ${index + 1}`
}

/**
 * Puts each issue where the editor can show it: whole-group issues (`variants`, `variants.1`, a
 * `variant_name` the editor sets itself, an `inbox_ids.3` item) on their group's slot, and issues
 * about an item the editor does not have (`variants.7…`) on the enclosing list, named.
 */
export function placeEditorIssues(issues: readonly FieldIssue[], values: EditorValues): FieldIssue[] {
  return issues.map((issue) => {
    const parts = issue.path.split('.')
    for (let i = 1; i < parts.length; i++) {
      if (!/^\d+$/.test(parts[i] ?? '')) continue
      const list = parts.slice(0, i).join('.')
      const index = Number(parts[i])
      if (index >= lengthAt(values, list)) return { path: groupErrorPath(list), msg: `${itemName(list, index)}: ${issue.msg}` }
    }
    let path = issue.path
    if (/(^|\.)variant_name$/.test(path) || /^sequences\.\d+\.step_number$/.test(path)) path = parts.slice(0, -1).join('.')
    if (/^(inbox_ids|sending_days)\.\d+$/.test(path)) path = parts[0] ?? path
    return GROUP_PATTERNS.some((p) => p.test(path)) ? { path: groupErrorPath(path), msg: issue.msg } : { ...issue, path }
  })
}

const GROUPS = new Set(['variants', 'variants.*', 'sequences', 'sequences.*', 'sequences.*.variants', 'sequences.*.variants.*', 'inbox_ids', 'sending_days'])

/** The editor's routable paths in display order: each group's entry becomes its error slot. */
export function editorRoutes(fields: readonly string[]): string[] {
  return fields.map((f) => (GROUPS.has(f) ? groupErrorPath(f) : f))
}
