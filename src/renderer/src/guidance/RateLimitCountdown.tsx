import { useEffect, useEffectEvent, useState } from 'react'
import { formatClock } from '../format/dates'
import { formatRemaining, msToNextTick } from './countdown-text'

/** Props: when the rate-limit window opens (ISO time from the AppError), and who to tell when it has. */
export interface RateLimitCountdownProps {
  retryAt: string
  /** Called once when the window has opened (also at once when it already has). */
  onElapsed?: () => void
}

/**
 * The one line a rate limit needs: "Try again in 0:42 — at 17:43:12", a live countdown in local
 * time. A `timer` role, so screen readers are not interrupted every second.
 */
export function RateLimitCountdown({ retryAt, onElapsed }: RateLimitCountdownProps) {
  const target = Date.parse(retryAt)
  const [now, setNow] = useState(() => Date.now())
  const elapsed = useEffectEvent(() => onElapsed?.())
  const remaining = Number.isNaN(target) ? 0 : target - now

  useEffect(() => {
    // Re-read the clock rather than trusting `now`: timers may fire late (a sleeping laptop).
    const left = target - Date.now()
    if (Number.isNaN(target) || left <= 0) {
      const done = setTimeout(elapsed, 0)
      return () => clearTimeout(done)
    }
    const tick = setTimeout(() => setNow(Date.now()), msToNextTick(left))
    return () => clearTimeout(tick)
  }, [target, now])

  const at = formatClock(retryAt)
  return (
    <p className="error-specifics rate-limit-countdown" role="timer">
      {remaining > 0 && at ? `Try again in ${formatRemaining(remaining)} — at ${at}` : 'You can try again now.'}
    </p>
  )
}
