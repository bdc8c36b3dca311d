import { INBOX_IMPORT_FIELDS, isSecretColumn, type InboxMapping } from './inbox-columns'

/** Props: the file's headers, its first rows and the chosen mapping. */
export interface MaskedPreviewProps {
  columns: readonly string[]
  rows: readonly (readonly string[])[]
  mapping: InboxMapping
}

/** What a password cell shows instead of its text (never its length). */
export const MASK = '••••'

/**
 * The first rows of the file with each column's target field under its header; password columns are
 * masked (the cell text never reaches the page).
 */
export function MaskedPreview({ columns, rows, mapping }: MaskedPreviewProps) {
  const target = (column: string) => INBOX_IMPORT_FIELDS.find(({ field }) => mapping[field] === column)?.label ?? 'not imported'
  return (
    <div className="import-preview__scroll" role="region" aria-label="Preview of the first rows" tabIndex={0}>
      <table className="import-preview__table">
        <caption>
          First {rows.length} {rows.length === 1 ? 'row' : 'rows'} of the file (passwords hidden)
        </caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                <span className="import-preview__column">{column || `(column ${i + 1})`}</span>
                <span className="import-preview__role">→ {target(column)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((column, i) => (
                <td key={i}>{isSecretColumn(column, mapping) ? (row[i] ? MASK : '') : (row[i] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
