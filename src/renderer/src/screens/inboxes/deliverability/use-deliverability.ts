import { useCallback, useRef, useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { DeliverabilityItem } from '../../../../../shared/contract/mail-discovery'
import { useFacade } from '../../../bridge/facade-context'

/** The last answer, with the domain and SMTP host it was for (so a stale answer is never shown as current). */
export interface DeliverabilityAnswer {
  domain: string
  smtpHost: string
  items?: DeliverabilityItem[]
  error?: AppError
}

/** The domain and SMTP host a check is about. */
export interface DeliverabilityTarget {
  domain: string
  smtpHost: string
}

/** What the panel needs: the check in flight (if any), the last answer, and how to start one. */
export interface DeliverabilityState {
  pending: DeliverabilityTarget | null
  answer: DeliverabilityAnswer | null
  run: (domain: string, smtpHost: string) => Promise<void>
}

/**
 * Runs `mail.deliverability` on demand. Only the latest request's answer is kept: an older one that
 * arrives late (the operator re-ran or changed the domain) is dropped.
 */
export function useDeliverability(): DeliverabilityState {
  const facade = useFacade()
  const latest = useRef(0)
  const [pending, setPending] = useState<DeliverabilityTarget | null>(null)
  const [answer, setAnswer] = useState<DeliverabilityAnswer | null>(null)
  const run = useCallback(
    async (domain: string, smtpHost: string) => {
      const request = ++latest.current
      setPending({ domain, smtpHost })
      const envelope = await facade.mail.deliverability({ domain, smtpHost })
      if (request !== latest.current) return
      setPending(null)
      setAnswer(envelope.ok ? { domain, smtpHost, items: envelope.value } : { domain, smtpHost, error: envelope.error })
    },
    [facade]
  )
  return { pending, answer, run }
}
