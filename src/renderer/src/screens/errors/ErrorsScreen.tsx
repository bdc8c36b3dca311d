import { useDocumentTitle } from '../../routes/use-document-title'
import { ErrorList } from './list/ErrorList'

/** The error log viewer (#/errors): every failure the console met, grouped, filtered and searched offline, exportable and importable. */
export function ErrorsScreen() {
  useDocumentTitle('Error log')
  return (
    <div className="screen">
      <h1 id="errors-heading" tabIndex={-1}>
        Error log
      </h1>
      <p className="muted">Every failed request the console met, kept on this machine with secrets removed. Reading it needs no network and no key.</p>
      <ErrorList />
    </div>
  )
}
