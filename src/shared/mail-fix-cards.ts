import type { CauseId } from './contract/mail-check'

/** A guided-fix card: what to tell the operator and the steps to change. */
export interface FixCard {
  id: FixId
  title: string
  steps: string[]
  /** Whether testing again soon can help without changing anything. */
  retryable: boolean
}

/** Fix card ids (one per cause; the wizard looks its card up by this id). */
export type FixId = `fix-${CauseId}`

const card = (cause: CauseId, title: string, retryable: boolean, steps: string[]): FixCard => ({ id: `fix-${cause}`, title, steps, retryable })

/** Every cause's fix card, in the operator's words. */
export const FIX_CARDS: Record<CauseId, FixCard> = {
  'wrong-password': card('wrong-password', 'The server refused the username or password', false, [
    'Use the full email address as the username unless the provider says otherwise.',
    'Copy the mailbox password again (not the hosting control-panel password); remove spaces around it.',
    'Gmail, Google Workspace, Yahoo, iCloud and Fastmail need an app password instead of the account password: create one in the account security settings and paste it here.',
    'Test again once; repeated failures can lock the mailbox for a while.'
  ]),
  'app-password-required': card('app-password-required', 'This account needs an app password', false, [
    'Two-step verification is on, so the normal password is refused for mail apps.',
    'Create an app password in the account security settings (Google: myaccount.google.com/apppasswords) and paste it here without spaces.',
    'If the app-password page is missing, two-step verification is off or an administrator restricts it.'
  ]),
  'web-login-required': card('web-login-required', 'The provider wants you to confirm this sign-in in a browser', true, [
    'Sign in to the mailbox in a web browser from this network and confirm the sign-in was you.',
    'Then test again. The provider may ask again when ColdSend connects from its own servers.'
  ]),
  'smtp-auth-disabled': card('smtp-auth-disabled', 'Password login (SMTP AUTH) is turned off for this mailbox', false, [
    'Microsoft 365: an administrator must allow Authenticated SMTP — organisation-wide (Exchange admin center → Settings → Mail flow) and for the mailbox (Microsoft 365 admin center → Users → the user → Mail → Manage email apps → Authenticated SMTP).',
    'Security defaults in Entra ID block SMTP AUTH whatever the toggles say; the administrator must replace them with Conditional Access.',
    'Changes can take up to an hour to apply. Where basic authentication is retired, connect with OAuth instead.'
  ]),
  'tls-mode-mismatch': card('tls-mode-mismatch', 'The port and the encryption setting do not match', false, [
    'Ports 465 (SMTP) and 993 (IMAP) use SSL/TLS from the start; ports 587, 25 (SMTP) and 143 (IMAP) start plain and switch with STARTTLS.',
    'Use the suggested combination below, or change either the port or the encryption setting.'
  ]),
  'host-not-found': card('host-not-found', 'The server name does not exist', false, [
    'Check the host name for typos, spaces or a trailing dot.',
    'Use the host your mail provider documents (for hosted mail, the control panel shows it under mail client settings); a made-up name like smtp.yourdomain does not always exist.'
  ]),
  'dns-unavailable': card('dns-unavailable', 'Names cannot be looked up right now', true, [
    'This computer could not reach a DNS server: check the internet connection, VPN or captive portal.',
    'Test again once the connection works.'
  ]),
  'mx-host-entered': card('mx-host-entered', 'This is the server that receives mail for the domain, not the one you send through', false, [
    "The host is one of the domain's MX (inbound) servers, which do not accept logins.",
    "Use the provider's submission host instead (for example smtp.gmail.com or smtp.office365.com)."
  ]),
  'connection-refused': card('connection-refused', 'Nothing answers on this port', false, [
    'The server exists but refuses this port: check the port number (an IMAP port in the SMTP field is a common slip).',
    'Standard ports: SMTP 465 (SSL/TLS) or 587 (STARTTLS); IMAP 993 (SSL/TLS) or 143 (STARTTLS).'
  ]),
  'connection-timeout': card('connection-timeout', 'The server did not answer in time', true, [
    'Check the host and port; try the other submission port (465 ↔ 587).',
    'A firewall, VPN or hotel/office network may drop outgoing mail ports. ColdSend connects from its own servers, so a port blocked only here may still work there.'
  ]),
  'network-blocks-port': card('network-blocks-port', 'Your network blocks this port', false, [
    'A known-good server does not answer on this port either, so the block is on this network (firewall, ISP, VPN, antivirus).',
    'ColdSend connects from its own servers: the settings may still be right. Try another network or the other port to confirm.'
  ]),
  'connection-closed': card('connection-closed', 'The server closed the connection', true, [
    'The server may refuse this network (block list, connection limits) or the port may speak another protocol.',
    'Read the server text below, wait a few minutes, and try the other port.'
  ]),
  'certificate-untrusted': card('certificate-untrusted', "The server's certificate is not trusted", false, [
    'The certificate is self-signed or issued by an unknown authority (see the certificate facts).',
    'If the issuer is an antivirus or company proxy, turn off its mail scanning; otherwise ask the provider for a certificate from a public authority.',
    'Accepting it here would not help: ColdSend checks certificates on its own servers.'
  ]),
  'certificate-expired': card('certificate-expired', "The server's certificate has expired (or is not valid yet)", false, [
    "Check this computer's date and time first.",
    'If the clock is right, the provider must renew the certificate.'
  ]),
  'certificate-wrong-name': card('certificate-wrong-name', "The certificate is for a different host name", false, [
    'Shared hosting often covers only the server\'s own name, not mail.yourdomain.',
    'Use one of the names the certificate lists (see the certificate facts).'
  ]),
  throttled: card('throttled', 'The server is limiting logins right now', true, [
    'Too many logins or connections in a short time. Do not test again at once: wait at least 15 minutes.',
    'Close other apps or tools connected to this mailbox.'
  ]),
  'no-auth-offered': card('no-auth-offered', 'The server offers no login on this connection', false, [
    'This usually means the host is an inbound (MX) server or a relay, not a submission server.',
    "Use the provider's submission host on port 587 (STARTTLS) or 465 (SSL/TLS)."
  ]),
  'no-tls-offered': card('no-tls-offered', 'The server offers no encryption on this port', false, [
    'The password is never sent unencrypted, so the test stopped here.',
    'Use the SSL/TLS port instead (SMTP 465, IMAP 993).'
  ]),
  'login-disabled': card('login-disabled', 'The server does not allow password login here', false, [
    'The server disables plain logins on this connection.',
    'Use SSL/TLS on port 993 or check with the provider whether IMAP access is enabled for the mailbox.'
  ]),
  unknown: card('unknown', 'The test failed for a reason we do not recognise', true, [
    "Read the server's own words below; they usually name the problem.",
    'If they do not help, send them to the mail provider.'
  ])
}
