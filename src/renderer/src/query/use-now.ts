import { useEffect, useState } from 'react'

/** The current time, re-read every `everyMs`, so relative times ("2 min ago") stay true while shown. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
