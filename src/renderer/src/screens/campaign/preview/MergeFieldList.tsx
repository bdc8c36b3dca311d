import { suggestedField } from './merge-field-check'
import { hasValue } from './preview-data'
import { isComputedField } from './template-fields'

/** One merge field as the list shows it. */
interface Row {
  field: string
  status: 'unknown' | 'computed' | 'filled' | 'empty'
  detail: string
}

function rowFor(field: string, data: Record<string, unknown>, unknown: Set<string>, leadFields: string[]): Row {
  if (unknown.has(field)) {
    const guess = suggestedField(field, leadFields)
    return { field, status: 'unknown', detail: `No lead of this campaign has this field${guess ? ` — did you mean ${guess}?` : ''}` }
  }
  if (isComputedField(field)) return { field, status: 'computed', detail: 'Computed by ColdSend when the email is sent' }
  const value = data[field]
  return hasValue(value) ? { field, status: 'filled', detail: `Has a value: “${String(value)}”` } : { field, status: 'empty', detail: 'Empty for this lead — prints nothing unless a default is given' }
}

const MARK: Record<Row['status'], string> = { unknown: '⚠', computed: '⏱', filled: '✓', empty: '○' }
const LABEL: Record<Row['status'], string> = { unknown: 'Unknown field', computed: 'Computed', filled: 'Filled', empty: 'Empty' }

/**
 * The merge fields a template uses, each with whether the previewed lead has a value; unknown
 * fields are flagged in words and with a mark, not by colour alone.
 */
export function MergeFieldList({ headingId, fields, data, unknown, leadFields }: { headingId: string; fields: string[]; data: Record<string, unknown>; unknown: Set<string>; leadFields: string[] }) {
  return (
    <div className="merge-fields">
      <h3 id={headingId}>Merge fields</h3>
      {fields.length === 0 ? (
        <p className="field-hint">This email uses no merge fields.</p>
      ) : (
        <ul aria-labelledby={headingId} className="merge-fields__list">
          {fields.map((field) => {
            const row = rowFor(field, data, unknown, leadFields)
            return (
              <li key={field} className={`merge-fields__item merge-fields__item--${row.status}`}>
                <span aria-hidden="true" className="merge-fields__mark">
                  {MARK[row.status]}
                </span>
                <code>{`{{ ${field} }}`}</code> <strong>{LABEL[row.status]}</strong>
                <span className="merge-fields__detail">{row.detail}</span>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
