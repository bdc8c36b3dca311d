import type { MailCheckRequest, MailCheckResult, MailProtocol, TlsMode } from '../../../../../shared/contract/mail-check'
import { ConnectionCheck } from '../check/ConnectionCheck'
import { DeliverabilityPanel } from '../deliverability/DeliverabilityPanel'

/** Props: the connection test's request and switch, who keeps its result, and the sender domain and SMTP host for deliverability. */
export interface TestStepProps {
  getRequest: () => MailCheckRequest | null
  onSwitch: (protocol: MailProtocol, port: number, mode: TlsMode) => void
  onResult: (result: MailCheckResult) => void
  domain: string
  smtpHost: string
}

/** Step 3: the live layer-by-layer test of both servers from this computer, and the sender domain's deliverability. */
export function TestStep({ getRequest, onSwitch, onResult, domain, smtpHost }: TestStepProps) {
  return (
    <>
      <ConnectionCheck getRequest={getRequest} onSwitch={onSwitch} onResult={onResult} />
      <DeliverabilityPanel domain={domain} smtpHost={smtpHost} autoRun />
    </>
  )
}
