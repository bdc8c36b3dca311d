import { useCallback, useRef, useState } from 'react'
import type { AppError } from '../../../../../shared/contract/app-error'
import type { MailDiscoveryResult } from '../../../../../shared/contract/mail-discovery'
import { useFacade } from '../../../bridge/facade-context'

/** Where the provider lookup stands for the address last looked up. */
export type DiscoveryState =
  | { status: 'idle' }
  | { status: 'looking'; email: string }
  | { status: 'found'; email: string; result: MailDiscoveryResult }
  | { status: 'failed'; email: string; error: AppError }

/**
 * Looks up a mailbox's provider and servers (`mail.discover`: preset table, MX, SRV, autoconfig, ISPDB)
 * on this computer; a newer lookup wins over an older one still answering.
 */
export function useDiscovery(): { state: DiscoveryState; lookup(email: string): Promise<MailDiscoveryResult | null> } {
  const facade = useFacade()
  const [state, setState] = useState<DiscoveryState>({ status: 'idle' })
  const latest = useRef(0)
  const lookup = useCallback(
    async (email: string) => {
      const n = ++latest.current
      setState({ status: 'looking', email })
      const answer = await facade.mail.discover({ email })
      if (n !== latest.current) return null
      setState(answer.ok ? { status: 'found', email, result: answer.value } : { status: 'failed', email, error: answer.error })
      return answer.ok ? answer.value : null
    },
    [facade]
  )
  return { state, lookup }
}
