import type { AppError } from '../../../shared/contract/app-error'
import { formatClock } from '../format/dates'

function ScopeList({ label, scopes }: { label: string; scopes: readonly string[] }) {
  return (
    <p className="scope-line">
      {label}:{' '}
      {scopes.length === 0 ? (
        <em>none</em>
      ) : (
        scopes.map((scope, i) => (
          <span key={scope}>
            {i > 0 ? ', ' : null}
            <code>{scope}</code>
          </span>
        ))
      )}
    </p>
  )
}

function existingLabel(existing: Record<string, unknown> | undefined): string | null {
  if (!existing) return null
  for (const key of ['name', 'email', 'email_address', 'id', 'campaign_id', 'inbox_id']) {
    const value = existing[key]
    if (typeof value === 'string' && value) return value
  }
  return null
}

/** The parts of an error that differ per kind: scopes, retry time, verbatim detail, field issues. */
export function ErrorSpecifics({ error }: { error: AppError }) {
  switch (error.kind) {
    case 'forbidden':
      return (
        <div className="error-specifics">
          <ScopeList label="Required scopes" scopes={error.required} />
          <ScopeList label="Granted scopes" scopes={error.granted} />
        </div>
      )
    case 'rate_limited': {
      const until = error.retryAt ? formatClock(error.retryAt) : null
      return <p className="error-specifics">{until ? `Rate limited until ${until}` : 'Rate limited; wait a minute before retrying.'}</p>
    }
    case 'business':
      return error.detail && error.detail !== error.message ? <p className="error-specifics">{error.detail}</p> : null
    case 'conflict': {
      const existing = existingLabel(error.existing)
      return existing ? <p className="error-specifics">Existing: {existing}</p> : null
    }
    case 'validation':
      return error.issues.length > 0 ? (
        <ul className="error-specifics">
          {error.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <code>{issue.path || '(request)'}</code>: {issue.msg}
            </li>
          ))}
        </ul>
      ) : null
    case 'unknown_outcome':
      if (error.reconciliation === 'not_applied') return <p className="error-specifics">The console checked: it was not applied. It is safe to send again.</p>
      return <p className="error-specifics">The request may have been applied and the console could not verify it. Check before sending it again.</p>
    case 'network':
    case 'timeout':
      return error.mayHaveApplied ? (
        <p className="error-specifics">The request may have been applied. Check before sending it again.</p>
      ) : null
    default:
      return null
  }
}
