import { useId } from 'react'
import { csvTooLarge, megabytes } from '../../../format/file-size'
import { parseInboxCsv, templateCsv, type InboxCsv } from './parse-inbox-csv'

/** Props: what was read (or why not), and the last chosen file's name and size for the hint. */
export interface ChooseCsvFileProps {
  chosen: { name: string; size: number } | null
  error: string | null
  disabled: boolean
  onRead: (file: { name: string; size: number }, csv: InboxCsv | { error: string }) => void
}

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`

/** Reads a chosen file as an inbox CSV (size checked before a byte is read), or says why it cannot. */
export async function readInboxFile(file: File): Promise<InboxCsv | { error: string }> {
  const refusal = csvTooLarge(file.size)
  if (refusal !== null) return { error: refusal }
  return parseInboxCsv(await file.text())
}

/** Step 1: the labelled file picker, its error, and a template to download (header and an example, no passwords). */
export function ChooseCsvFile({ chosen, error, disabled, onRead }: ChooseCsvFileProps) {
  const id = useId()
  const hint = chosen ? `${chosen.name} · ${megabytes(chosen.size)}` : 'A .csv file with a header row: one inbox per line.'
  const choose = async (file: File | undefined) => {
    if (!file) return
    onRead({ name: file.name, size: file.size }, await readInboxFile(file))
  }
  return (
    <section className="panel import-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>1. Choose a file</h2>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>CSV file</label>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <p>
        <a href={TEMPLATE_HREF} download="inbox-import-template.csv">
          Download a CSV template
        </a>{' '}
        <span className="muted">(column names the import recognises; passwords left empty).</span>
      </p>
    </section>
  )
}
