import { useId, useState } from 'react'
import { useWatch } from 'react-hook-form'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { useDebouncedValue } from '../../../query/use-debounced-value'
import { ContentPreview } from '../preview/ContentPreview'
import type { EditorValues, VariantValues } from './editor-values'
import type { LeadSample } from './use-lead-sample'

interface Choice {
  key: string
  label: string
  variant: VariantValues
}

// Every email the campaign can send, as "First email — Variant A", "Step 2 — Variant B".
function choicesOf(values: Partial<EditorValues>): Choice[] {
  const first = (values.variants ?? []).map((v, i) => ({ key: `variants.${i}`, label: `First email — Variant ${v?.variant_name || i + 1}`, variant: v }))
  const steps = (values.sequences ?? []).flatMap((s, si) =>
    (s?.variants ?? []).map((v, i) => ({ key: `sequences.${si}.variants.${i}`, label: `Step ${si + 2} — Variant ${v?.variant_name || i + 1}`, variant: v }))
  )
  return [...first, ...steps]
}

/**
 * The email as a lead will get it: pick any variant of any step, pick a lead (or sample data),
 * and see the subject and body rendered by the real Liquid engine, with the merge fields it uses.
 */
export function EmailPreview({ form, sample }: { form: ConsoleForm<EditorValues>; sample: LeadSample }) {
  const selectId = useId()
  const values = useWatch({ control: form.form.control }) as Partial<EditorValues>
  const settled = useDebouncedValue(values, 300)
  const choices = choicesOf(settled)
  const [picked, setPicked] = useState('variants.0')
  const choice = choices.find((c) => c.key === picked) ?? choices[0]
  if (!choice) return <p className="empty-hint">Add a variant to preview the email.</p>
  return (
    <div className="email-preview">
      {choices.length > 1 ? (
        <div className="field">
          <label htmlFor={selectId}>Email to preview</label>
          <select id={selectId} value={choice.key} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ContentPreview
        subject={choice.variant.subject_template || null}
        content={choice.variant.email_content}
        leads={sample.leads}
        leadFields={sample.leadFields}
        {...(settled.timezone ? { timeZone: settled.timezone } : {})}
      />
    </div>
  )
}
