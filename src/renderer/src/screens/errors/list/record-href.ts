import { paths } from '../../../routes/paths'

/**
 * The address of one record's page for the log the list shows: `#/errors/:id`, plus `?source=imported`
 * for the imported view (the convention the record screen reads with `recordSource`).
 */
export function recordHref(id: string, source: 'local' | 'imported' | undefined): string {
  return source === 'imported' ? `${paths.error(id)}?source=imported` : paths.error(id)
}
