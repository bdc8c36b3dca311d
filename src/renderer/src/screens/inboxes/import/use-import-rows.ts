import { useCallback, useState } from 'react'
import type { InboxFormValues } from '../inbox-draft'
import { validateRow, type ImportRow, type RowCheck, type RowOutcome } from './import-rows'
import { mergeOutcomes } from './job-results'

/** The rows of one import, kept only in memory (passwords included), and the ways they change. */
export interface ImportRowsState {
  rows: ImportRow[] | null
  /** Rows edited by hand since the file was read (changing columns would lose them). */
  edited: boolean
  load(rows: ImportRow[] | null): void
  setCheck(row: number, check: RowCheck): void
  setOutcomes(outcomes: Map<number, RowOutcome>): void
  /** Replaces a row's values: re-validated, its test and failed import forgotten (they were about the old values). */
  edit(row: number, values: InboxFormValues): void
}

/** Holds the import rows; every change is by row number so late test or job results land on the right row. */
export function useImportRows(): ImportRowsState {
  const [rows, setRows] = useState<ImportRow[] | null>(null)
  const [edited, setEdited] = useState(false)
  const load = useCallback((next: ImportRow[] | null) => {
    setRows(next)
    setEdited(false)
  }, [])
  const setCheck = useCallback((row: number, check: RowCheck) => {
    setRows((all) => all && all.map((r) => (r.row === row ? { ...r, check } : r)))
  }, [])
  const setOutcomes = useCallback((outcomes: Map<number, RowOutcome>) => {
    setRows((all) => all && mergeOutcomes(all, outcomes))
  }, [])
  const edit = useCallback((row: number, values: InboxFormValues) => {
    setEdited(true)
    setRows((all) => all && all.map((r) => (r.row === row ? { row, values, issues: validateRow(values), edited: true } : r)))
  }, [])
  return { rows, edited, load, setCheck, setOutcomes, edit }
}
