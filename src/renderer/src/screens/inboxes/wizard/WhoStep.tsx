import type { DiscoveryCandidate } from '../../../../../shared/contract/mail-discovery'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { InboxTypeSelect } from '../InboxTypeSelect'
import { DiscoverySummary } from './DiscoverySummary'
import type { DiscoveryState } from './use-discovery'
import { SecuritySelect, TextField, type WizardForm } from './WizardFields'
import { conventionalSecurity } from './wizard-values'

/** Props: the form, the lookup's state, and how to start a lookup or apply a candidate. */
export interface WhoStepProps {
  form: WizardForm
  discovery: DiscoveryState
  onLookup: () => void
  onEmailLeft: () => void
  onUse: (candidate: DiscoveryCandidate) => void
}

/**
 * Step 1: the address and the name recipients see; the provider and servers found from the domain,
 * pre-filled and editable (host, port and encryption of each side; a standard port sets its usual encryption).
 */
export function WhoStep({ form, discovery, onLookup, onEmailLeft, onUse }: WhoStepProps) {
  const followPort = (side: 'smtp' | 'imap') => (port: string) => {
    const security = conventionalSecurity(port)
    if (security) form.form.setValue(`${side}_security`, security, { shouldDirty: true })
  }
  const chosenType = form.form.watch('inbox_type')
  return (
    <>
      <div className="wizard-email-row">
        <TextField form={form} path="email_address" label="Email" type="email" onBlur={onEmailLeft} hint="The mailbox ColdSend sends from." />
        <button type="button" onClick={onLookup} disabled={discovery.status === 'looking'}>
          {discovery.status === 'looking' ? 'Looking up…' : 'Find settings'}
        </button>
      </div>
      <TextField form={form} path="display_name" label="Display name" hint="The name recipients see beside the address." />
      <div role="status" aria-live="polite" className="wizard-discovery">
        {discovery.status === 'looking' ? <p className="muted">Looking up the mail servers of {discovery.email.split('@')[1]} (MX, SRV, autoconfig)…</p> : null}
        {discovery.status === 'found' ? <DiscoverySummary result={discovery.result} chosenType={chosenType} onUse={onUse} /> : null}
      </div>
      {discovery.status === 'failed' && discovery.error.kind !== 'validation' ? <ErrorNotice error={discovery.error} headingLevel={3} autoRetry={false} /> : null}
      <InboxTypeSelect form={form} />
      <fieldset className="wizard-servers">
        <legend>Sending (SMTP)</legend>
        <TextField form={form} path="smtp_host" label="SMTP host" />
        <TextField form={form} path="smtp_port" label="SMTP port" hint="587 (STARTTLS) or 465 (SSL/TLS)." onChange={followPort('smtp')} />
        <SecuritySelect form={form} path="smtp_security" label="SMTP security" />
      </fieldset>
      <fieldset className="wizard-servers">
        <legend>Reading replies (IMAP)</legend>
        <TextField form={form} path="imap_host" label="IMAP host" />
        <TextField form={form} path="imap_port" label="IMAP port" hint="993 (SSL/TLS) or 143 (STARTTLS)." onChange={followPort('imap')} />
        <SecuritySelect form={form} path="imap_security" label="IMAP security" />
      </fieldset>
    </>
  )
}
