import { useState } from 'react'
import type { ImportRow } from './import-rows'
import { checkText, needsAttention, outcomeText, problemTexts } from './row-text'

/** Rows per page of the table: enough to scan, few enough to render at once. */
export const ROWS_PER_PAGE = 25

/** Props: every row, which one is being edited, and how to open the editor. */
export interface ImportRowsTableProps {
  rows: readonly ImportRow[]
  editing: number | null
  onEdit: (row: number) => void
  disabled: boolean
}

const tone = (row: ImportRow) => (row.outcome?.status === 'created' ? 'import-row--ok' : needsAttention(row) ? 'import-row--problem' : '')

/**
 * Every row of the file, paged, by its row number: address, local problems, test result, import
 * result, and "Edit row N" for rows not created yet. Passwords are never part of it.
 */
export function ImportRowsTable({ rows, editing, onEdit, disabled }: ImportRowsTableProps) {
  const [show, setShow] = useState<'all' | 'attention'>('all')
  const [page, setPage] = useState(1)
  const shown = show === 'all' ? rows : rows.filter(needsAttention)
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PER_PAGE))
  const current = Math.min(page, pages)
  const visible = shown.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE)
  return (
    <section className="import-rows" aria-labelledby="import-rows-heading">
      <div className="toolbar">
        <h2 id="import-rows-heading" tabIndex={-1}>
          Rows
        </h2>
        <div className="toolbar__item">
          <label htmlFor="import-rows-show">Show</label>
          <select
            id="import-rows-show"
            value={show}
            onChange={(e) => {
              setShow(e.target.value as 'all' | 'attention')
              setPage(1)
            }}
          >
            <option value="all">All rows</option>
            <option value="attention">Rows that need attention</option>
          </select>
        </div>
      </div>
      {visible.length === 0 ? (
        <p className="empty-state">No row needs attention.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table import-rows__table" aria-labelledby="import-rows-heading">
            <colgroup>
              <col className="import-rows__col-row" />
              <col className="import-rows__col-email" />
              <col />
              <col className="import-rows__col-result" />
              <col className="import-rows__col-result" />
              <col className="import-rows__col-action" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Email address</th>
                <th scope="col">Problems</th>
                <th scope="col">Connection test</th>
                <th scope="col">Import</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => {
                const problems = problemTexts(row)
                return (
                  <tr key={row.row} className={tone(row)} aria-current={editing === row.row ? 'true' : undefined}>
                    <td className="num">{row.row}</td>
                    <td>{row.values.email_address || '(no address)'}</td>
                    <td>
                      {problems.length === 0 ? (
                        'None'
                      ) : (
                        <ul className="import-rows__problems">
                          {problems.map((p) => (
                            <li key={p}>{p}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{checkText(row)}</td>
                    <td>{outcomeText(row)}</td>
                    <td>
                      {row.outcome?.status === 'created' ? null : (
                        <button type="button" data-edit-row={row.row} onClick={() => onEdit(row.row)} disabled={disabled}>
                          Edit row {row.row}
                        </button>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label="Row pages">
        <button type="button" aria-disabled={current <= 1} onClick={() => current > 1 && setPage(current - 1)}>
          Previous
        </button>
        <span>
          Page {current} of {pages}
        </span>
        <button type="button" aria-disabled={current >= pages} onClick={() => current < pages && setPage(current + 1)}>
          Next
        </button>
        <span className="pagination__total">
          {shown.length} of {rows.length} rows shown
        </span>
      </nav>
    </section>
  )
}
