import Papa from 'papaparse'

/** What the first part of a CSV says: its column headers and a few data rows. */
export interface CsvPreview {
  columns: string[]
  rows: string[][]
}

/** How much of the file is read for the preview: the header and a few rows, never the whole file. */
const PREVIEW_BYTES = 256 * 1024

/**
 * Reads the header and up to five rows from the start of the file (papaparse, same options the
 * server's parser uses: BOM stripped, blank lines skipped, ragged rows kept), or says why it cannot.
 */
export async function previewCsv(file: Blob): Promise<CsvPreview | { error: string }> {
  const text = await file.slice(0, PREVIEW_BYTES).text()
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 6, skipEmptyLines: 'greedy' })
  const [header, ...rows] = parsed.data
  const columns = (header ?? []).map((c) => c.trim())
  if (columns.length === 0 || columns.every((c) => c === '')) return { error: 'The file has no header row: the first line must name the columns (e.g. Email, First Name).' }
  return { columns, rows }
}
