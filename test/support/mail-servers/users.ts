/** One mailbox login, valid on every test SMTP server and on the test Dovecot. */
export interface MailUser {
  user: string
  pass: string
}

/**
 * The default mailbox: a `.example` address (the sandbox validates emails like Pydantic's EmailStr,
 * which refuses `.test`). Passwords must not contain `:` (Dovecot's passwd-file separator).
 */
export const DEFAULT_MAIL_USERS: readonly MailUser[] = [{ user: 'sender@acme-mail.example', pass: 'right-pass-1' }]

// A user → password lookup for the servers' auth callbacks.
export function passwordsOf(users: readonly MailUser[]): Map<string, string> {
  return new Map(users.map((u) => [u.user, u.pass]))
}
