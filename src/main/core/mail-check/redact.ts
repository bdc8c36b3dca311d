/**
 * Builds a scrubber for one password: it removes the password itself and the base64 forms it travels in
 * (AUTH PLAIN's `\0user\0pass`, AUTH LOGIN's bare base64, IMAP quoted form), so server echoes are clean too.
 */
export function passwordRedactor(username: string, password: string): (text: string) => string {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  const secrets = [
    b64(`\0${username}\0${password}`),
    b64(`${username}\0${username}\0${password}`),
    b64(password),
    b64(password).replace(/=+$/, ''),
    password.replace(/\\/g, '\\\\').replace(/"/g, '\\"'),
    password
  ].filter((s) => s.length > 0)
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('****'), text)
}

/** Applies a string scrubber to every string inside a JSON-like value (step facts, failures). */
export function redactDeep<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === 'string') return scrub(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, scrub)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, scrub)])) as T
  }
  return value
}
