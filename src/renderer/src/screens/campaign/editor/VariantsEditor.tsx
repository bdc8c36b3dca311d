import { useId, useState } from 'react'
import { useFieldArray, useWatch } from 'react-hook-form'
import { contentLimits, distributionTotal, evenDistribution } from '../../../../../shared/campaign-rules'
import { GroupError, groupProps } from '../../../forms/GroupError'
import { useFieldMessage } from '../../../forms/use-field-message'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { groupErrorPath } from './editor-issues'
import { newVariant, type EditorValues, type VariantValues } from './editor-values'
import { VariantFields } from './VariantFields'

/** Props: the list's path (`variants` or `sequences.0.variants`) and whether it is a follow-up's. */
export interface VariantsEditorProps {
  form: ConsoleForm<EditorValues>
  at: 'variants' | `sequences.${number}.variants`
  followUp: boolean
  heading: string
  warnings: Readonly<Record<string, string>>
}

const toNumber = (raw: string) => (raw.trim() === '' ? 0 : Number(raw))

/**
 * An email's variants A–D: add, remove, a live total of the distribution, and "Balance evenly" —
 * the one-click fix when the shares do not add up to 100.
 */
export function VariantsEditor({ form, at, followUp, heading, warnings }: VariantsEditorProps) {
  const headingId = useId()
  const { control, setValue, clearErrors } = form.form
  const { fields, append, remove } = useFieldArray({ control, name: at as 'variants' })
  // Variants loaded with the campaign start collapsed (but A); one the operator adds opens, ready to write.
  const [loadedCount] = useState(fields.length)
  const current = (useWatch({ control, name: at as 'variants' }) ?? []) as VariantValues[]
  const total = distributionTotal(current.map((v) => ({ distribution_percent: toNumber(v.distribution_percent) })))
  const slot = groupErrorPath(at)
  const error = useFieldMessage(form, slot)
  const letters = contentLimits.variantLetters as readonly string[]
  const free = letters.find((l) => !current.some((v) => v.variant_name.toUpperCase() === l))

  const balance = () => {
    evenDistribution(current.length).forEach((share, i) => setValue(`${at}.${i}.distribution_percent` as never, String(share) as never, { shouldDirty: true }))
    clearErrors(current.map((_, i) => `${at}.${i}.distribution_percent`) as never)
    clearErrors(slot as never)
  }
  const add = () => {
    if (free === undefined) return
    append(newVariant(free, current.length === 0 ? 100 : 0), { focusName: `${at}.${current.length}.subject_template` })
  }

  return (
    <div role="group" aria-labelledby={headingId} className="variants-editor" {...groupProps(form, slot, error)}>
      <h3 id={headingId} className="group-heading">
        {heading}
      </h3>
      <GroupError form={form} slot={slot} />
      {fields.length === 0 ? <p className="empty-hint">No variant yet. A campaign needs at least one to launch.</p> : null}
      {fields.map((field, index) => (
        <VariantFields
          key={field.id}
          form={form}
          at={`${at}.${index}`}
          letter={current[index]?.variant_name || letters[index] || '?'}
          percent={current[index]?.distribution_percent ?? ''}
          followUp={followUp}
          open={index === 0 || index >= loadedCount}
          warnings={warnings}
          onRemove={fields.length > 1 || followUp === false ? () => remove(index) : null}
        />
      ))}
      {current.length > 0 ? (
        <p className={total === 100 ? 'distribution-total' : 'distribution-total distribution-total--off'} role="status">
          Distribution total: {total}%{total === 100 ? '' : ' — must be 100%'}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={add} disabled={free === undefined} title={free === undefined ? 'At most four variants (A–D).' : undefined}>
          Add variant
        </button>
        {current.length > 0 ? (
          <button type="button" onClick={balance}>
            Balance evenly
          </button>
        ) : null}
      </div>
    </div>
  )
}
