import type { FieldValues } from 'react-hook-form'
import { Link } from 'react-router'
import { ERROR_LOG_LINK_LABEL } from '../guidance/error-log-link'
import type { ConsoleForm } from './use-console-form'

/**
 * Issues the form cannot place on a field (query parameters, fields this form does not show): still
 * named — by label when the form knows one, else by the API's path — so the operator knows what was refused;
 * a server refusal also links to its error log record.
 */
export function FormBanner<T extends FieldValues>({ form }: { form: ConsoleForm<T> }) {
  if (form.banner.length === 0) return null
  return (
    <div id={form.bannerId} className="form-banner" role="alert" tabIndex={-1}>
      <p>The server also reported problems with fields this form does not show:</p>
      <ul>
        {form.banner.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {form.labels[issue.path] ? <strong>{form.labels[issue.path]}</strong> : <code>{issue.path || '(request)'}</code>}: {issue.msg}
          </li>
        ))}
      </ul>
      {form.logLink ? (
        <Link className="link-button" to={form.logLink}>
          {ERROR_LOG_LINK_LABEL}
        </Link>
      ) : null}
    </div>
  )
}
