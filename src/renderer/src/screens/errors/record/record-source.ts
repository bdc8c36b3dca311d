import { paths } from '../../../routes/paths'

/** Which store a record is read from: this machine's log, or the read-only imported view. */
export type RecordSource = 'local' | 'imported'

/** The source named by a record URL's `?source=` (anything but `imported` is the local log). */
export function recordSource(search: URLSearchParams): RecordSource {
  return search.get('source') === 'imported' ? 'imported' : 'local'
}

/** The address of one record's detail in a source (`#/errors/:id`, plus `?source=imported` for the imported view). */
export function recordPath(id: string, source: RecordSource = 'local'): string {
  return source === 'imported' ? `${paths.error(id)}?source=imported` : paths.error(id)
}
