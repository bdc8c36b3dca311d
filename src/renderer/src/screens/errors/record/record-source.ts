/** Which store a record is read from: this machine's log, or the read-only imported view. */
export type RecordSource = 'local' | 'imported'

/** The source named by a record URL's `?source=` (anything but `imported` is the local log). */
export function recordSource(search: URLSearchParams): RecordSource {
  return search.get('source') === 'imported' ? 'imported' : 'local'
}
