/**
 * Pydantic v1 `EmailStr` semantics (pydantic.networks.validate_email over the email-validator package,
 * deliverability not checked): "Name <addr>" is unwrapped, spaces are trimmed, dot-atom local part of at
 * most 64 characters (Unicode allowed), a global domain name (has a dot, letters/digits/hyphens per
 * label, ends in a letter, not a special-use name), and the domain comes back lower-cased.
 */

const PRETTY = /^([\p{L}\p{N}_ ]*?) *<(.*)> *$/su
const ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~\\u{80}-\\u{10FFFF}"
const LOCAL_PART = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`, 'u')
const LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u
const SPECIAL_USE = new Set(['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'])

// Whether `domain` (already lower-cased) is a deliverable-looking global domain name.
function validDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253 || !domain.includes('.')) return false
  const labels = domain.split('.')
  if (!labels.every((label) => LABEL.test(label))) return false
  const tld = labels[labels.length - 1] ?? ''
  return /\p{L}$/u.test(tld) && !SPECIAL_USE.has(tld)
}

// The normalized address Pydantic v1 would store, or null when it says "value is not a valid email address".
export function normalizeEmail(input: string): string | null {
  const pretty = PRETTY.exec(input)
  const email = (pretty ? (pretty[2] ?? '') : input).trim()
  const parts = email.split('@')
  if (parts.length !== 2) return null
  const [local = '', rawDomain = ''] = parts
  const domain = rawDomain.toLowerCase()
  if (local.length === 0 || [...local].length > 64 || !LOCAL_PART.test(local)) return null
  if (!validDomain(domain) || [...email].length > 254) return null
  return `${local}@${domain}`
}
