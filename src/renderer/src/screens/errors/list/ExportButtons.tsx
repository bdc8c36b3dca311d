import { useState } from 'react'
import { MAX_LOG_TRANSFER_TEXT, type ErrorLogFilter } from '../../../../../shared/contract/error-log'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { useApiMutation } from '../../../query/use-api-mutation'
import { downloadText, stampedName } from './download-text'
import { jsonlRecords } from './jsonl-records'
import { recordsCsv } from './records-csv'

/** What an export saved, in words, saying when older records did not fit in one file. */
export function exportedText(count: number, omitted: number, format: 'jsonl' | 'csv'): string {
  const saved = `Exported ${count.toLocaleString()} ${count === 1 ? 'record' : 'records'} as ${format === 'jsonl' ? 'JSONL' : 'CSV'}.`
  if (omitted === 0) return saved
  return `${saved} The ${omitted.toLocaleString()} oldest did not fit in ${MAX_LOG_TRANSFER_TEXT}; narrow the time range to export them.`
}

/** Props: the filter the list shows (what gets exported). */
export interface ExportButtonsProps {
  filter: ErrorLogFilter
}

/**
 * "Export JSONL" and "Export CSV" of exactly what the filters select (the core redacts the JSONL
 * again on the way out; the CSV is made from it here), saved as a download; says how many were saved.
 */
export function ExportButtons({ filter }: ExportButtonsProps) {
  const exporter = useApiMutation('errorLog.export', [])
  const [saved, setSaved] = useState<string | null>(null)
  const run = (format: 'jsonl' | 'csv') => {
    setSaved(null)
    exporter.mutate(filter, {
      onSuccess: ({ text, count, omitted }) => {
        if (format === 'jsonl') downloadText(stampedName('error-log', 'jsonl'), text, 'application/x-ndjson')
        else downloadText(stampedName('error-log', 'csv'), recordsCsv(jsonlRecords(text)), 'text/csv;charset=utf-8')
        setSaved(exportedText(count, omitted, format))
      }
    })
  }
  return (
    <div className="error-export">
      <div className="button-row">
        <button type="button" onClick={() => run('jsonl')} disabled={exporter.isPending}>
          Export JSONL
        </button>
        <button type="button" onClick={() => run('csv')} disabled={exporter.isPending}>
          Export CSV
        </button>
        <span role="status" className="muted">
          {exporter.isPending ? 'Exporting…' : saved}
        </span>
      </div>
      {exporter.error ? <ErrorNotice error={exporter.error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}
