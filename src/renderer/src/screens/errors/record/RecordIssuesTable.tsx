import { Link } from 'react-router'
import type { ErrorLogIssue } from '../../../../../shared/contract/error-log'
import { fieldLink, type FormLink } from './issue-form-link'
import { locText } from './record-text'

/**
 * A record's validation issues: the server's `loc`, the form field it maps to (a link to the form
 * when that form still exists), and the message — all as text.
 */
export function RecordIssuesTable({ issues, form }: { issues: readonly ErrorLogIssue[]; form: FormLink | null }) {
  if (issues.length === 0) return null
  return (
    <section aria-labelledby="record-issues-heading">
      <h2 id="record-issues-heading">Validation issues</h2>
      <div className="table-wrap">
        <table className="data-table record-issues">
          <thead>
            <tr>
              <th scope="col">Location (loc)</th>
              <th scope="col">Field</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={`${issue.path}-${i}`}>
                <td className="cell-wrap">
                  <code>{locText(issue.loc)}</code>
                </td>
                <td className="cell-wrap">
                  {issue.path && form ? (
                    <Link to={fieldLink(form, issue.path)} aria-label={`${issue.path} — open ${form.label} at this field`}>
                      <code>{issue.path}</code>
                    </Link>
                  ) : (
                    <code>{issue.path || '(request)'}</code>
                  )}
                </td>
                <td className="cell-wrap">{issue.msg}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
