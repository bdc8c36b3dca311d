import type { CauseId } from './contract/mail-check'

// Server and API texts, most specific first: provider policy texts before "wrong password", transient before both.
const TEXT_RULES: readonly [RegExp, CauseId][] = [
  [/too many (bad )?(login|simultaneous|connections|auth)|try again later|temporar(il)?y|throttl|\[UNAVAILABLE\]|\b4\.7\.0\b|\b4\.3\.2\b|concurrent connections|rate limit/i, 'throttled'],
  [/credentials were incorrect/i, 'wrong-password'],
  [/SmtpClientAuthentication is disabled|\b5\.7\.139\b|\b5\.7\.30\b|basic authentication is not supported|smtp auth(entication)? (is )?disabled/i, 'smtp-auth-disabled'],
  [/\b5\.7\.14\b|WebLoginRequired|log ?in (via|with) your web browser/i, 'web-login-required'],
  [/\b5\.7\.9\b|InvalidSecondFactor|application[- ]specific password|app password required/i, 'app-password-required'],
  [/must issue a STARTTLS|does not offer STARTTLS|no STARTTLS|requires STARTTLS|\b5\.7\.11\b|PRIVACYREQUIRED/i, 'no-tls-offered'],
  [/AUTH not offered|does not offer AUTH\b/i, 'no-auth-offered'],
  [/LOGINDISABLED|login is disabled/i, 'login-disabled'],
  [/BadCredentials|\b5\.7\.8\b|AUTHENTICATIONFAILED|authentication (failed|unsuccessful)|invalid (login|credentials|username or password)|incorrect authentication|username and password not accepted|\b535\b/i, 'wrong-password'],
  [/wrong[ _]version[ _]number|packet length too long|\bEPROTO\b|TLS mismatch|implicit TLS/i, 'tls-mode-mismatch'],
  [/altname|does not match certificate|wrong name/i, 'certificate-wrong-name'],
  [/certificate has expired|not yet valid|CERT_HAS_EXPIRED/i, 'certificate-expired'],
  [/self[- ]signed|unable to verify|certificate not trusted|untrusted certificate|unable to get (local )?issuer/i, 'certificate-untrusted'],
  [/ENOTFOUND|host not found|getaddrinfo|name or service not known/i, 'host-not-found'],
  [/EAI_AGAIN/i, 'dns-unavailable'],
  [/refused|ECONNREFUSED/i, 'connection-refused'],
  [/timed out|timeout|ETIMEDOUT|unreachable/i, 'connection-timeout'],
  [/closed unexpectedly|ECONNRESET|socket hang up|connection closed/i, 'connection-closed']
]

/**
 * The first cause a text names (server reply, error message or ColdSend API detail), or null. Shared so
 * the core's classifier and the wizard's reading of ColdSend's own "connection failed" reason agree.
 */
export function causeFromText(text: string): CauseId | null {
  return TEXT_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? null
}
