import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { MailCheckRequest, MailCheckResult, StepEvent } from '../../../../../shared/contract/mail-check'
import { useFacade } from '../../../bridge/facade-context'

/** What the connection test shows: steps as they finish, then the result (or why it could not run). */
export interface LiveMailCheck {
  running: boolean
  /** Finished steps in arrival order (live while running, the full list after). */
  steps: readonly StepEvent[]
  result: MailCheckResult | null
  failure: AppError | null
  run(request: MailCheckRequest): Promise<MailCheckResult | null>
}

// A check id the core echoes on each step event, so steps of an older click are never shown under a newer one.
function newCheckId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return `chk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/**
 * Runs `mail.check` tagged with a fresh id and listens for its `mail.check.step` events, so each step
 * appears the moment it finishes; the final report replaces the live list when it arrives.
 */
export function useLiveMailCheck(): LiveMailCheck {
  const facade = useFacade()
  const [state, setState] = useState<Omit<LiveMailCheck, 'run'>>({ running: false, steps: [], result: null, failure: null })
  const current = useRef<string | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(
    async (request: MailCheckRequest) => {
      const checkId = newCheckId()
      current.current = checkId
      setState({ running: true, steps: [], result: null, failure: null })
      const off = facade.on('mail.check.step', (event) => {
        if (event.checkId !== checkId || current.current !== checkId || !mounted.current) return
        setState((s) => ({ ...s, steps: [...s.steps, event.step] }))
      })
      try {
        const answer = await facade.mail.check({ ...request, checkId })
        if (current.current !== checkId || !mounted.current) return null
        if (answer.ok) {
          setState({ running: false, steps: answer.value.steps, result: answer.value.result, failure: null })
          return answer.value.result
        }
        setState((s) => ({ ...s, running: false, failure: answer.error }))
        return null
      } finally {
        off()
      }
    },
    [facade]
  )
  return { ...state, run }
}
