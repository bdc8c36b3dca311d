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
    const tick = () => setNow(Date.now())
    let interval: ReturnType<typeof setInterval> | undefined
    // The shown second changes on whole seconds of the remaining time: align once, then tick every second.
    const align = setTimeout(() => {
      tick()
      interval = setInterval(tick, 1000)
    }, msToNextTick(Number.isNaN(target) ? 0 : target - Date.now()))
    // The end has its own timer (re-armed if it fires early), so the window opens on time whatever the ticks do.
    let end: ReturnType<typeof setTimeout>
    const finish = () => {
      const left = Number.isNaN(target) ? 0 : target - Date.now()
      if (left > 0) {
        end = setTimeout(finish, left)
        return
      }
      clearTimeout(align)
      clearInterval(interval)
      tick()
      elapsed()
    }
    end = setTimeout(finish, Math.max(0, Number.isNaN(target) ? 0 : target - Date.now()))
    return () => {
      clearTimeout(align)
      clearTimeout(end)
      clearInterval(interval)
    }
  }, [target])

  const at = formatClock(retryAt)
  return (
    <p className="error-specifics rate-limit-countdown" role="timer">
      {remaining > 0 && at ? `Try again in ${formatRemaining(remaining)} — at ${at}` : 'You can try again now.'}
    </p>
  )
}
