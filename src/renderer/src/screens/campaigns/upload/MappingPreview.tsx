import { useId } from 'react'
import type { CsvPreview } from './csv-preview'
import { columnRole, customColumns, type LeadMapping } from './lead-mapping'

/** Props: the file's first rows and the current column mapping. */
export interface MappingPreviewProps {
  preview: CsvPreview
  mapping: LeadMapping
}

/**
 * What the import will make of the file, before anything is sent: the first rows as a table whose
 * headers say what each column becomes (a lead field, a `{{merge field}}`, or nothing), and the list
 * of columns that will arrive as custom fields.
 */
export function MappingPreview({ preview, mapping }: MappingPreviewProps) {
  const headingId = useId()
  const custom = customColumns(preview.columns, mapping)
  const kept = new Set(custom)
  const role = (column: string) => {
    const r = columnRole(column, mapping)
    if ('label' in r) return r.label
    return kept.has(column) ? `{{${column}}}` : 'not imported'
  }
  return (
    <div className="mapping-preview">
      <div className="mapping-preview__scroll" role="region" aria-label="Preview of the first rows" tabIndex={0}>
        <table className="mapping-preview__table">
          <caption>
            First {preview.rows.length} {preview.rows.length === 1 ? 'row' : 'rows'} of the file
          </caption>
          <thead>
            <tr>
              {preview.columns.map((column, i) => (
                <th key={i} scope="col">
                  <span className="mapping-preview__column">{column || `(column ${i + 1})`}</span>
                  <span className="mapping-preview__role">→ {role(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {preview.columns.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id={headingId} className="mapping-preview__heading">
        Custom fields
      </h3>
      {custom.length === 0 ? (
        <p className="field-hint">Every column is mapped to a lead field; no custom fields will be imported.</p>
      ) : (
        <>
          <p className="field-hint">These columns are imported as custom fields; write them in emails as merge fields:</p>
          <ul className="mapping-preview__custom" aria-labelledby={headingId}>
            {custom.map((column) => (
              <li key={column}>
                <code>{`{{${column}}}`}</code> from column “{column}”
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
