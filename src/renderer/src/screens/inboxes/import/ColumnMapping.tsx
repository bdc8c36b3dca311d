import { useId } from 'react'
import { INBOX_IMPORT_FIELDS, type InboxField, type InboxMapping } from './inbox-columns'

/** Props: the file's headers, the current mapping and how to change one field's column. */
export interface ColumnMappingProps {
  columns: readonly string[]
  mapping: InboxMapping
  onChange: (field: InboxField, column: string | undefined) => void
}

const DEFAULTS: Partial<Record<InboxField, string>> = {
  inbox_type: 'Not in the file: every row is custom SMTP.',
  daily_limit: 'Not in the file: the provider default applies.',
  smtp_port: 'Not in the file: 587.',
  imap_port: 'Not in the file: 993.',
  imap_username: 'Not in the file: the SMTP username is used.',
  imap_password: 'Not in the file: the SMTP password is used.'
}

/** One select per inbox field ("SMTP host column" …), pre-chosen from the headers; required ones say so. */
export function ColumnMapping({ columns, mapping, onChange }: ColumnMappingProps) {
  const base = useId()
  return (
    <fieldset className="import-mapping">
      <legend>Columns to import</legend>
      <div className="import-mapping__fields">
        {INBOX_IMPORT_FIELDS.map(({ field, label, optional }) => {
          const id = `${base}-${field}`
          const chosen = mapping[field]
          const hint = chosen === undefined ? (optional ? DEFAULTS[field] : 'Required: choose the column that holds it.') : undefined
          return (
            <div key={field} className={chosen === undefined && !optional ? 'field field--invalid' : 'field'}>
              <label htmlFor={id}>{label} column</label>
              <select id={id} value={chosen ?? ''} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(field, e.target.value === '' ? undefined : e.target.value)}>
                <option value="">— not in the file —</option>
                {columns.map((column, i) =>
                  column === '' ? null : (
                    <option key={`${column}-${i}`} value={column}>
                      {column}
                    </option>
                  )
                )}
              </select>
              {hint ? (
                <p id={`${id}-hint`} className={optional ? 'field-hint' : 'field-error'}>
                  {hint}
                </p>
              ) : null}
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
