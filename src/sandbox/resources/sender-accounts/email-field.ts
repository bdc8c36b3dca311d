import { type Validator, fail, pass, str } from '../../validation'
import { framework } from '../../wording'
import { normalizeEmail } from '../leads/email'

// An `EmailStr` field with length bounds (S1 `email_address`, S6 `recipient_email`): length first, then the address check.
export function emailAddress(bounds: { minLength: number; maxLength: number }): Validator<string> {
  const text = str(bounds)
  return (value, loc) => {
    const checked = text(value, loc)
    if (!checked.ok) return checked
    const email = normalizeEmail(checked.value)
    return email === null ? fail(loc, framework.notEmail, 'value_error.email') : pass(email)
  }
}
