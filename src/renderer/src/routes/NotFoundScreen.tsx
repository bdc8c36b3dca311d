import { Link, useLocation } from 'react-router'
import { paths } from './paths'
import { useDocumentTitle } from './use-document-title'

/** Any address the console does not know: says so, shows it, and offers the way back. */
export function NotFoundScreen() {
  const { pathname } = useLocation()
  useDocumentTitle('Page not found')
  return (
    <div className="screen">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no screen at <code>#{pathname}</code>. It may come from an old bookmark or a mistyped address.
      </p>
      <p>
        <Link to={paths.campaigns()}>Go to Campaigns</Link>
      </p>
    </div>
  )
}
