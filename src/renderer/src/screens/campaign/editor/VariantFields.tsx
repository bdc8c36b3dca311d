import type { ReactNode } from 'react'
import { Field } from '../../../forms/Field'
import { FormSection } from '../../../forms/form-sections'
import { GroupError } from '../../../forms/GroupError'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { groupErrorPath } from './editor-issues'
import type { EditorValues } from './editor-values'

/** Props of one variant's fields: where it lives (`variants.1`), its letter and share for the title. */
export interface VariantFieldsProps {
  form: ConsoleForm<EditorValues>
  at: string
  letter: string
  percent: string
  followUp: boolean
  open: boolean
  /** Template warnings (unknown merge fields, syntax) by path, shown under the field; they do not block saving. */
  warnings: Readonly<Record<string, string>>
  onRemove: (() => void) | null
}

function Warning({ text }: { text: string | undefined }): ReactNode {
  return text ? <p className="field-warning">Check: {text}</p> : null
}

/** One variant (A–D) as a collapsible section with the fields labelled Label, Subject, Content, Distribution %. */
export function VariantFields({ form, at, letter, percent, followUp, open, warnings, onRemove }: VariantFieldsProps) {
  const register = form.form.register
  return (
    <FormSection title={`Variant ${letter} · ${percent || '0'}%`} holds={[at]} defaultOpen={open}>
      <GroupError form={form} slot={groupErrorPath(at)} />
      <div id={form.idOf(groupErrorPath(at))} tabIndex={-1} className="variant-fields">
        <Field label="Label" path={`${at}.variant_label`} form={form} hint="Optional; only you see it.">
          {(control) => <input {...control} {...register(`${at}.variant_label` as never)} maxLength={200} />}
        </Field>
        <Field
          label="Subject"
          path={`${at}.subject_template`}
          form={form}
          hint={followUp ? 'Leave empty to send it as a reply in the same thread.' : 'Liquid merge fields such as {{ first_name }} work here.'}
        >
          {(control) => <input {...control} {...register(`${at}.subject_template` as never)} />}
        </Field>
        <Warning text={warnings[`${at}.subject_template`]} />
        <Field label="Content" path={`${at}.email_content`} form={form} hint="Plain text, 10–100,000 characters; Liquid merge fields, spintax {{a|b}} and if/else work here.">
          {(control) => <textarea {...control} {...register(`${at}.email_content` as never)} rows={8} className="template-input" />}
        </Field>
        <Warning text={warnings[`${at}.email_content`]} />
        <Field label="Distribution %" path={`${at}.distribution_percent`} form={form} hint="Share of leads who get this variant.">
          {(control) => <input {...control} {...register(`${at}.distribution_percent` as never)} inputMode="numeric" className="input-number" />}
        </Field>
        {onRemove ? (
          <div className="button-row">
            <button type="button" onClick={onRemove}>
              Remove variant {letter}
            </button>
          </div>
        ) : null}
      </div>
    </FormSection>
  )
}
