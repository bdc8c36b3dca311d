import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { AppError } from '../../../../shared/contract/app-error'
import type { MailCheckResult, MailProtocol, TlsMode } from '../../../../shared/contract/mail-check'
import type { DiscoveryCandidate, MailDiscoveryResult } from '../../../../shared/contract/mail-discovery'
import { issuesFromError, type FieldIssue } from '../../forms/field-issue'
import { FormBanner } from '../../forms/FormBanner'
import { fieldFromAddress, useConsoleForm } from '../../forms/use-console-form'
import { useApiMutation } from '../../query/use-api-mutation'
import { paths } from '../../routes/paths'
import { useDocumentTitle } from '../../routes/use-document-title'
import { notify } from '../../toasts/toasts-store'
import { EMAIL_PATTERN, inboxCreateInput } from './inbox-draft'
import { INBOX_READS } from './inbox-reads'
import { CredentialGuidance } from './wizard-guidance/CredentialGuidance'
import { CancelWizard } from './wizard/CancelWizard'
import { CreateStep } from './wizard/CreateStep'
import { SignInStep } from './wizard/SignInStep'
import { TestStep } from './wizard/TestStep'
import { useDiscovery } from './wizard/use-discovery'
import { WhoStep } from './wizard/WhoStep'
import { WizardStepper } from './wizard/WizardStepper'
import {
  checkRequestOf,
  discoveredValues,
  effectiveValues,
  EMPTY_WIZARD,
  missingForCheck,
  placeSharedLoginIssues,
  stepIssues,
  stepOfPath,
  WIZARD_FIELDS,
  WIZARD_STEPS,
  wizardSchema,
  type WizardStepId,
  type WizardValues
} from './wizard/wizard-values'
import './wizard/wizard.css'

const SERVER_FIELDS = ['smtp_host', 'smtp_port', 'imap_host', 'imap_port'] as const
const indexOf = (step: WizardStepId) => WIZARD_STEPS.findIndex((s) => s.id === step)

/**
 * Add one inbox (`#/inboxes/new`) in four steps — who (the servers found from the domain), sign-in
 * (with the provider's rules), a live local connection test with the domain's deliverability, and
 * create — so every problem is found on this computer, on its field, before ColdSend is asked.
 */
export function NewInboxScreen() {
  useDocumentTitle('Add inbox', 'Inboxes')
  const navigate = useNavigate()
  const form = useConsoleForm<WizardValues>({ schema: wizardSchema, defaultValues: EMPTY_WIZARD, fields: WIZARD_FIELDS })
  // A field link from an error record (`?field=smtp_password`) opens the step that holds the field.
  const [step, setStep] = useState<WizardStepId>(() => stepOfPath(fieldFromAddress() ?? 'email_address'))
  const [reached, setReached] = useState(0)
  const [local, setLocal] = useState<MailCheckResult | null>(null)
  const discovery = useDiscovery()
  const lookedUp = useRef<string | null>(null)
  const create = useApiMutation('senders.create', INBOX_READS)

  // A new step moves focus to its heading, so keyboard and screen-reader users start at the top of it.
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const skipHeadingFocus = useRef(true) // the first render, and steps opened to show a field's problem (the field gets focus)
  useEffect(() => {
    if (skipHeadingFocus.current) {
      skipHeadingFocus.current = false
      return
    }
    stepHeading.current?.focus()
  }, [step])

  const goTo = (next: WizardStepId) => {
    setStep(next)
    setReached((r) => Math.max(r, indexOf(next)))
  }
  // Issues go on their fields; the wizard first opens the step holding the first one.
  const showIssues = (issues: FieldIssue[]) => {
    const placed = placeSharedLoginIssues(issues, form.form.getValues())
    if (placed[0] && stepOfPath(placed[0].path) !== step) {
      skipHeadingFocus.current = true
      goTo(stepOfPath(placed[0].path))
    }
    form.showIssues(placed)
  }

  const apply = (values: Partial<WizardValues>) => {
    for (const [key, value] of Object.entries(values)) form.form.setValue(key as keyof WizardValues, value as never)
  }
  // A lookup the operator asked for always fills the servers; one on leaving the Email field only while they are untouched.
  const lookup = async (asked: boolean) => {
    const email = form.form.getValues('email_address').trim()
    if (!EMAIL_PATTERN.test(email)) {
      if (asked) form.showIssues([{ path: 'email_address', msg: 'Enter the full address, like name@example.com.' }])
      return
    }
    if (!asked && lookedUp.current === email) return
    lookedUp.current = email
    const found: MailDiscoveryResult | null = await discovery.lookup(email)
    const touched = SERVER_FIELDS.some((f) => form.form.getFieldState(f).isDirty)
    if (found && (asked || !touched)) apply(discoveredValues(found))
  }
  const useCandidate = (c: DiscoveryCandidate) => {
    const email = form.form.getValues('email_address').trim()
    apply(discoveredValues({ email, domain: '', inboxType: c.inboxType, smtp: c.smtp, imap: c.imap, source: c.source, evidence: [], warnings: [], candidates: [] }))
    notify(`Using ${c.smtp.host} and ${c.imap.host}.`, { tone: 'info' })
  }

  const next = () => {
    form.clearAll()
    const issues = stepIssues(form.form.getValues(), step)
    if (issues.length > 0) return showIssues(issues)
    const following = WIZARD_STEPS[indexOf(step) + 1]
    if (following) goTo(following.id)
  }
  const back = () => {
    const previous = WIZARD_STEPS[indexOf(step) - 1]
    if (previous) setStep(previous.id)
  }

  const checkRequest = () => {
    const v = form.form.getValues()
    form.clearAll()
    const missing = missingForCheck(v)
    if (missing.length > 0) {
      showIssues(missing)
      return null
    }
    return checkRequestOf(v)
  }
  const applySwitch = (protocol: MailProtocol, port: number, mode: TlsMode) => {
    form.form.setValue(`${protocol}_port`, String(port), { shouldDirty: true })
    form.form.setValue(`${protocol}_security`, mode, { shouldDirty: true })
    notify(`${protocol.toUpperCase()} now uses port ${port} (${mode === 'ssl' ? 'SSL/TLS' : 'STARTTLS'}). Test again to confirm.`, { tone: 'info' })
  }

  const createInbox = async () => {
    if (create.isPending) return
    form.clearAll()
    const values = form.form.getValues()
    const parsed = wizardSchema.safeParse(values)
    if (!parsed.success) return showIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), msg: i.message })))
    create.reset()
    try {
      // Both sides are always encrypted; IMAP's flag says implicit TLS (on) or STARTTLS (off), as ColdSend reads it.
      const inbox = await create.mutateAsync({ ...inboxCreateInput(effectiveValues(values)), smtp_use_tls: true, imap_use_ssl: values.imap_security === 'ssl' })
      notify(`Inbox ${inbox.email_address} added.`)
      void navigate(paths.inbox(inbox.inbox_id))
    } catch (error) {
      const issues = issuesFromError(error as AppError)
      if (issues.length > 0) showIssues(issues)
    }
  }

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (step === 'create') void createInbox()
    else next()
  }
  const email = form.form.watch('email_address')
  const smtpHost = form.form.watch('smtp_host')
  const domain = EMAIL_PATTERN.test(email.trim()) ? (email.trim().split('@')[1] ?? '') : ''
  const current = WIZARD_STEPS[indexOf(step)]!
  // Sign-in guidance follows what discovery found for this address, else the inbox type and SMTP host.
  const found = discovery.state.status === 'found' && discovery.state.email === email.trim() ? discovery.state.result : null
  const guidanceInput = {
    inboxType: form.form.watch('inbox_type'),
    smtpHost: smtpHost.trim(),
    ...(found?.providerId ? { providerId: found.providerId } : {}),
    ...(found?.provider ? { providerName: found.provider } : {})
  }

  return (
    <div className="screen">
      <p className="breadcrumb">
        <Link to={paths.inboxes()}>Inboxes</Link>
      </p>
      <h1 tabIndex={-1}>Add inbox</h1>
      <WizardStepper current={step} reached={reached} onGo={goTo} />
      <form className="form panel" noValidate onSubmit={onSubmit} aria-busy={create.isPending || undefined} aria-labelledby="wizard-step-heading">
        <h2 id="wizard-step-heading" tabIndex={-1} ref={stepHeading}>
          Step {indexOf(step) + 1} of {WIZARD_STEPS.length}: {current.title}
        </h2>
        <FormBanner form={form} />
        {step === 'who' ? <WhoStep form={form} discovery={discovery.state} onLookup={() => void lookup(true)} onEmailLeft={() => void lookup(false)} onUse={useCandidate} /> : null}
        {step === 'signin' ? <SignInStep form={form} guidance={<CredentialGuidance {...guidanceInput} />} /> : null}
        {step === 'test' ? <TestStep getRequest={checkRequest} onSwitch={applySwitch} onResult={setLocal} domain={domain} smtpHost={smtpHost.trim()} /> : null}
        {step === 'create' ? <CreateStep form={form} local={local} error={create.error ?? null} pending={create.isPending} onTest={() => goTo('test')} /> : null}
        <div className="wizard-nav">
          {step !== 'who' ? (
            <button type="button" onClick={back}>
              Back
            </button>
          ) : null}
          <CancelWizard dirty={() => Object.entries(form.form.getValues()).some(([key, value]) => value !== EMPTY_WIZARD[key as keyof WizardValues])} />
          <span className="wizard-nav__spacer" />
          {step === 'create' ? (
            <button type="submit" className="primary" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create inbox'}
            </button>
          ) : (
            <button type="submit" className="primary">
              Next
            </button>
          )}
        </div>
      </form>
    </div>
  )
}
