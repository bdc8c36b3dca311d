import type { ReactNode } from 'react'
import { CheckboxField } from '../../../forms/CheckboxField'
import { PasswordField, TextField, type WizardForm } from './WizardFields'

/**
 * Step 2: how this mailbox signs in, beside the provider's own rules for it (app passwords, SMTP AUTH);
 * IMAP shares SMTP's login unless the operator says it differs.
 */
export function SignInStep({ form, guidance }: { form: WizardForm; guidance?: ReactNode }) {
  const separate = form.form.watch('imap_separate_login')
  return (
    <div className="wizard-signin">
      <div className="wizard-signin__fields">
        <TextField form={form} path="smtp_username" label="SMTP username" hint="Usually the full email address." />
        <PasswordField form={form} path="smtp_password" label="SMTP password" hint="Never shown again, logged or exported; kept only until the inbox is created." />
        <CheckboxField form={form} path="imap_separate_login" label="IMAP uses a different username or password" hint="Off: IMAP signs in with the SMTP username and password." />
        {separate ? (
          <>
            <TextField form={form} path="imap_username" label="IMAP username" />
            <PasswordField form={form} path="imap_password" label="IMAP password" />
          </>
        ) : null}
      </div>
      {guidance ? <div className="wizard-signin__guidance">{guidance}</div> : null}
    </div>
  )
}
