import { useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../../routes/paths'
import { useDocumentTitle } from '../../../routes/use-document-title'
import { ChooseCsvFile } from './ChooseCsvFile'
import { ColumnMapping } from './ColumnMapping'
import { guessInboxMapping, type InboxMapping } from './inbox-columns'
import { buildRows } from './import-rows'
import { MaskedPreview } from './MaskedPreview'
import type { InboxCsv } from './parse-inbox-csv'
import { RowsStep } from './RowsStep'
import { useImportRows } from './use-import-rows'
import './import.css'

/** Rows the mapping preview shows. */
const PREVIEW_ROWS = 5

/**
 * Bulk import of inboxes (`#/inboxes/import`): a CSV file, its columns mapped to the Add inbox fields,
 * every row checked by the same rules and optionally tested from this computer, then sent through
 * the bulk endpoint with per-row results; failed rows are edited in place and retried. Passwords stay
 * in memory only: masked in the preview, never shown back.
 */
export function ImportInboxesScreen({ pollMs }: { pollMs?: number }) {
  useDocumentTitle('Import inboxes', 'Inboxes')
  const [file, setFile] = useState<{ name: string; size: number } | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [csv, setCsv] = useState<InboxCsv | null>(null)
  const [mapping, setMapping] = useState<InboxMapping>({})
  const rows = useImportRows()

  const read = (chosen: { name: string; size: number }, parsed: InboxCsv | { error: string }) => {
    setFile(chosen)
    rows.load(null)
    if ('error' in parsed) {
      setFileError(parsed.error)
      setCsv(null)
      return
    }
    setFileError(null)
    setCsv(parsed)
    setMapping(guessInboxMapping(parsed.columns))
  }

  const loaded = rows.rows
  const started = loaded?.some((r) => r.outcome !== undefined || r.check !== undefined) ?? false
  return (
    <div className="screen import-inboxes">
      <p className="breadcrumb">
        <Link to={paths.inboxes()}>Inboxes</Link>
      </p>
      <h1 tabIndex={-1}>Import inboxes</h1>
      <ChooseCsvFile chosen={file} error={fileError} disabled={started} onRead={read} />
      {csv && !loaded ? (
        <section className="panel import-step" aria-labelledby="import-map-heading">
          <h2 id="import-map-heading">Columns</h2>
          <p className="field-hint">
            {csv.rows.length} {csv.rows.length === 1 ? 'row' : 'rows'} in the file. Columns were matched by their headers; check them before going on.
          </p>
          <ColumnMapping columns={csv.columns} mapping={mapping} onChange={(field, column) => setMapping((m) => ({ ...m, [field]: column }))} />
          <MaskedPreview columns={csv.columns} rows={csv.rows.slice(0, PREVIEW_ROWS)} mapping={mapping} />
          <div className="button-row">
            <button type="button" className="primary" onClick={() => rows.load(buildRows(csv.rows, csv.columns, mapping))}>
              Check {csv.rows.length} {csv.rows.length === 1 ? 'row' : 'rows'}
            </button>
          </div>
        </section>
      ) : null}
      {loaded ? <RowsStep state={{ ...rows, rows: loaded }} onChangeColumns={started || rows.edited ? null : () => rows.load(null)} pollMs={pollMs} /> : null}
    </div>
  )
}
