import type { FieldErrors } from './use-field-errors'

/**
 * Issues the form cannot place on a field (query parameters, fields this form does not show): still
 * named, so the operator knows what the server objected to.
 */
export function FormBanner({ form }: { form: FieldErrors }) {
  if (form.banner.length === 0) return null
  return (
    <div id={form.bannerId} className="form-banner" role="alert" tabIndex={-1}>
      <p>The server also reported problems with fields this form does not show:</p>
      <ul>
        {form.banner.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code>{issue.path || '(request)'}</code>: {issue.msg}
          </li>
        ))}
      </ul>
    </div>
  )
}
