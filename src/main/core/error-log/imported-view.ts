import type { ErrorLogImportResult } from '../../../shared/contract/error-log'
import type { Redactor } from '../log/redactor'
import { parseImport } from './jsonl-import'
import { RecordView } from './record-view'

/** Every readable record of one log (oldest first, as a view) and what reading them skipped. */
export interface LoadedRecords {
  view: RecordView
  skippedLines: number
  quarantinedFiles: string[]
}

/**
 * The read-only view of an imported JSONL log: replaced whole by each import, dropped by clear, never
 * merged into the local log (that file stays a faithful record of this machine).
 */
export class ImportedView {
  private view = new RecordView([])

  constructor(
    private readonly scrub: Redactor,
    private readonly now: () => Date
  ) {}

  /** How many records the view holds. */
  get size(): number {
    return this.view.length
  }

  /** Replaces the view with the records of a JSONL text; malformed lines are counted and skipped. */
  replace(text: string): ErrorLogImportResult {
    const { records, skipped } = parseImport(text, this.scrub, this.now())
    this.view = new RecordView(records)
    return { imported: records.length, skipped }
  }

  /** Empties the view; returns how many records it held. */
  clear(): number {
    const cleared = this.view.length
    this.view = new RecordView([])
    return cleared
  }

  /** The view as the queries read it (nothing skipped: bad lines were refused at import). */
  loaded(): LoadedRecords {
    return { view: this.view, skippedLines: 0, quarantinedFiles: [] }
  }
}
