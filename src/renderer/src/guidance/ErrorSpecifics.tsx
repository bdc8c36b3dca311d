import type { AppError } from '../../../shared/contract/app-error'
import { ActiveKeyLine } from './ActiveKeyLine'
import { IssueList } from './IssueList'
import { RateLimitCountdown } from './RateLimitCountdown'

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

/** Props: the error, and who to tell when a rate limit's window has opened. */
export interface ErrorSpecificsProps {
  error: AppError
  onRateLimitElapsed?: () => void
}

/** The parts of an error that differ per kind: scopes, retry countdown, verbatim detail, field issues. */
export function ErrorSpecifics({ error, onRateLimitElapsed }: ErrorSpecificsProps) {
  switch (error.kind) {
    case 'forbidden':
      return (
        <div className="error-specifics">
          <ScopeList label="Required scopes" scopes={error.required} />
          <ScopeList label="Granted scopes" scopes={error.granted} />
          <ActiveKeyLine />
        </div>
      )
    case 'rate_limited':
      // The one place the time appears: local, counting down (the message carries no clock).
      return error.retryAt ? (
        <RateLimitCountdown key={error.retryAt} retryAt={error.retryAt} {...(onRateLimitElapsed ? { onElapsed: onRateLimitElapsed } : {})} />
      ) : (
        <p className="error-specifics">Wait a minute before trying again.</p>
      )
    case 'business':
      return error.detail && error.detail !== error.message ? <p className="error-specifics">{error.detail}</p> : null
    case 'conflict': {
      const existing = existingLabel(error.existing)
      return existing ? <p className="error-specifics">Existing: {existing}</p> : null
    }
    case 'validation':
      return <IssueList issues={error.issues} />
    case 'unknown_outcome':
      // The message already says "Nothing was created; it is safe to try again." after the console looked it up.
      if (error.reconciliation === 'not_applied') return <p className="error-specifics">The console looked it up before telling you.</p>
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
