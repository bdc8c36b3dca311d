import { useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { templateWarnings } from '../preview/merge-field-check'
import type { EditorValues, VariantValues } from './editor-values'

// Every subject and body template of the campaign, by its wire path.
function templatesOf(values: Partial<EditorValues>): Array<{ path: string; source: string }> {
  const of = (variants: VariantValues[] | undefined, at: string) =>
    (variants ?? []).flatMap((v, i) => [
      { path: `${at}.${i}.subject_template`, source: v?.subject_template ?? '' },
      { path: `${at}.${i}.email_content`, source: v?.email_content ?? '' }
    ])
  return [...of(values.variants, 'variants'), ...(values.sequences ?? []).flatMap((s, i) => of(s?.variants, `sequences.${i}.variants`))]
}

/**
 * Template problems found before saving — syntax errors and merge fields no lead has — by path.
 * Debounced: analysing a very long template takes tens of milliseconds, not something to do per key.
 * Until the lead sample has loaded, unknown-field checks wait (every custom field would look unknown).
 */
export function useTemplateWarnings(form: ConsoleForm<EditorValues>, leadFields: readonly string[], leadsLoaded: boolean): Readonly<Record<string, string>> {
  const values = useWatch({ control: form.form.control }) as Partial<EditorValues>
  const templates = useDebouncedValue(JSON.stringify(templatesOf(values)), 400)
  return useMemo(() => {
    const list = JSON.parse(templates) as Array<{ path: string; source: string }>
    const byPath: Record<string, string> = {}
    for (const w of templateWarnings(list, leadFields)) {
      if (!leadsLoaded && !/^Template error/.test(w.msg)) continue
      byPath[w.path] = byPath[w.path] ? `${byPath[w.path]} ${w.msg}` : w.msg
    }
    return byPath
  }, [templates, leadFields, leadsLoaded])
}
