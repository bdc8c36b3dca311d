import { fractionText } from './rates'
import { BOUNCE_FLAG_TEXT, bounceLevel } from './bounce-level'

/** A bounce rate (fraction 0–1) with its "Warning"/"Danger" flag beside it when it crosses a deliverability threshold. */
export function BounceRate({ rate }: { rate: number | null | undefined }) {
  const level = bounceLevel(rate)
  if (level === 'ok') return <>{fractionText(rate)}</>
  const flag = BOUNCE_FLAG_TEXT[level]
  return (
    <span className="bounce-rate">
      {fractionText(rate)}{' '}
      <span className={`badge badge--${level === 'danger' ? 'failed' : 'paused'}`} title={flag.meaning}>
        {flag.word}
      </span>
    </span>
  )
}
