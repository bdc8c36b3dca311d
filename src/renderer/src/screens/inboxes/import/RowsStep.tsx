import { useEffect, useRef, useState } from 'react'
import { EditRowForm } from './EditRowForm'
import { ImportRowsTable } from './ImportRowsTable'
import { isSendable, type ImportRow } from './import-rows'
import { ProgressMeter } from './ProgressMeter'
import { rowCounts } from './row-text'
import { useBulkImport } from './use-bulk-import'
import { useConnectionTests } from './use-connection-tests'
import type { ImportRowsState } from './use-import-rows'

/** Props: the rows, how to go back to the column mapping (null once that would lose work), and the job poll interval. */
export interface RowsStepProps {
  state: ImportRowsState & { rows: ImportRow[] }
  onChangeColumns: (() => void) | null
  pollMs?: number
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * Steps 2 and 3: the rows with their local problems, "Test connections" (a few at a time, cancellable,
 * with progress), "Import N inboxes" through the bulk endpoint with the job's progress and per-row
 * results, then editing failed rows in place and "Retry failed rows".
 */
export function RowsStep({ state, onChangeColumns, pollMs }: RowsStepProps) {
  const { rows } = state
  const [includeFailed, setIncludeFailed] = useState(false)
  const [editing, setEditing] = useState<number | null>(null)
  const tests = useConnectionTests(state.setCheck)
  const bulk = useBulkImport(state.setOutcomes, pollMs)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const counts = rowCounts(rows)
  const testable = rows.filter((r) => r.issues.length === 0 && r.outcome?.status !== 'created' && r.check === undefined)
  const sendable = rows.filter((r) => isSendable(r, includeFailed))
  const busy = tests.running || bulk.running
  const editingRow = editing === null ? undefined : rows.find((r) => r.row === editing)
  const leftOut = includeFailed ? 0 : rows.filter((r) => isSendable(r, true) && !isSendable(r, false)).length
  // Closing the editor puts focus back on the row's own Edit button (or the table heading when it is not shown).
  const closeEditor = (row: number) => {
    setEditing(null)
    requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-edit-row="${row}"]`) ?? document.getElementById('import-rows-heading'))?.focus())
  }

  return (
    <>
      <section className="panel import-step" aria-labelledby="import-check-heading">
        <h2 id="import-check-heading" ref={heading} tabIndex={-1}>
          2. Check the rows
        </h2>
        <p role="status">
          {plural(counts.total, 'row')}: {counts.total - counts.invalid} valid, {plural(counts.invalid, 'row')} with problems.
        </p>
        <div className="button-row">
          {tests.running ? (
            <button type="button" onClick={tests.cancel}>
              Cancel tests
            </button>
          ) : counts.testedOk + counts.testFailed === 0 ? (
            <button type="button" onClick={() => tests.start(testable)} disabled={busy || testable.length === 0}>
              Test connections
            </button>
          ) : testable.length > 0 ? (
            <button type="button" onClick={() => tests.start(testable)} disabled={busy}>
              Test {plural(testable.length, 'untested row')}
            </button>
          ) : (
            <span className="muted">Every valid row has been tested.</span>
          )}
          {onChangeColumns ? (
            <button type="button" onClick={onChangeColumns} disabled={busy}>
              Change columns
            </button>
          ) : null}
        </div>
        <p className="field-hint">Tests sign in to each valid row's SMTP and IMAP servers from this computer, three rows at a time. Nothing is sent to ColdSend yet.</p>
        {tests.progress ? <ProgressMeter label="Connection tests" done={tests.progress.done} total={tests.progress.total} /> : null}
        {tests.progress && !tests.running ? (
          <p role="status">
            {tests.cancelled ? 'Connection tests cancelled' : 'Connection tests finished'}: {counts.testedOk} OK, {counts.testFailed} failed.
          </p>
        ) : null}
      </section>
      <ImportRowsTable rows={rows} editing={editing} onEdit={setEditing} disabled={busy} />
      {editingRow ? (
        <EditRowForm
          key={editingRow.row}
          row={editingRow}
          onCancel={() => closeEditor(editingRow.row)}
          onSave={(values) => {
            state.edit(editingRow.row, values)
            closeEditor(editingRow.row)
          }}
        />
      ) : null}
      <section className="panel import-step" aria-labelledby="import-send-heading">
        <h2 id="import-send-heading">3. Import</h2>
        <div className="checkbox-field">
          <input id="import-include-failed" type="checkbox" checked={includeFailed} disabled={busy} onChange={(e) => setIncludeFailed(e.target.checked)} />
          <label htmlFor="import-include-failed">Also import rows whose connection test failed</label>
          <p className="field-hint">ColdSend checks every inbox again itself; rows it cannot sign in to come back as failed.</p>
        </div>
        {leftOut > 0 ? <p className="field-hint">{plural(leftOut, 'row')} whose connection test failed {leftOut === 1 ? 'is' : 'are'} left out.</p> : null}
        <div className="button-row">
          <button type="button" className="primary" disabled={busy || sendable.length === 0} onClick={() => void bulk.start(sendable)}>
            {bulk.runs === 0 ? `Import ${plural(sendable.length, 'inbox', 'inboxes')}` : `Retry failed rows (${sendable.length})`}
          </button>
        </div>
        {bulk.progress ? <ProgressMeter label="Import progress" done={bulk.progress.done} total={bulk.progress.total} /> : null}
        {bulk.runs > 0 && !bulk.running ? (
          <p role="status">
            Import finished: {counts.created} created, {counts.failed} failed.
          </p>
        ) : null}
      </section>
    </>
  )
}
