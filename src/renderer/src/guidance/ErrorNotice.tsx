import { useEffect, useEffectEvent, useId, useState } from 'react'
import type { AppError } from '../../../shared/contract/app-error'
import { Link, useNavigate } from 'react-router'
import { paths } from '../routes/paths'
import { ErrorDetails } from './ErrorDetails'
import { ErrorSpecifics } from './ErrorSpecifics'
import { ERROR_LOG_LINK_LABEL, errorLogLinkFor } from './error-log-link'
import { errorTitle, fixIsInSettings } from './error-title'
import { GUIDANCE } from './guidance-table'

/** Props: the error to explain, and optionally how to retry what failed. */
export interface ErrorNoticeProps {
  error: AppError
  onRetry?: () => void
  /** Heading level inside the page outline; defaults to h2. */
  headingLevel?: 2 | 3
  /**
   * For a rate limit: call `onRetry` once by itself when the window opens (default true when
   * `onRetry` is given). Pass false for writes, which the operator must resend on purpose.
   */
  autoRetry?: boolean
}

/**
 * Turns any AppError into something fixable: a title from the kind, the message, the fix steps from
 * the guidance table, kind specifics, a Settings shortcut when the fix is there, a link to its
 * record in the error log, and folded details.
 */
export function ErrorNotice({ error, onRetry, headingLevel = 2, autoRetry = true }: ErrorNoticeProps) {
  const titleId = useId()
  const navigate = useNavigate()
  // The rate-limited error whose window has opened: its notice clears itself (nothing stale stays on screen).
  const [openedFor, setOpenedFor] = useState<AppError | null>(null)
  const windowOpen = openedFor === error
  const retryOnce = useEffectEvent(() => {
    if (autoRetry) onRetry?.()
  })
  useEffect(() => {
    if (windowOpen) retryOnce()
  }, [windowOpen])
  const guidance = GUIDANCE[error.guidance] ?? GUIDANCE['report-bug']
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const logLink = errorLogLinkFor(error)
  if (windowOpen) return null
  return (
    <section className="error-notice" aria-labelledby={titleId}>
      <div role="alert">
        <Heading id={titleId} className="error-notice__title">
          {errorTitle(error)}
        </Heading>
        <p className="error-notice__message">{error.message}</p>
      </div>
      <ErrorSpecifics error={error} onRateLimitElapsed={() => setOpenedFor(error)} />
      <p className="error-notice__fix">{guidance.title}:</p>
      <ol className="error-notice__steps">
        {guidance.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="button-row">
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {fixIsInSettings(error) ? (
          <button type="button" className="link-button" onClick={() => void navigate(paths.settings())}>
            Open Settings
          </button>
        ) : null}
        {logLink ? (
          <Link className="link-button" to={logLink}>
            {ERROR_LOG_LINK_LABEL}
          </Link>
        ) : null}
      </div>
      <ErrorDetails error={error} />
    </section>
  )
}
