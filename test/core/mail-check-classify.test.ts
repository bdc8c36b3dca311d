import { describe, expect, it } from 'vitest'
import { DEFAULT_COOLDOWN_MS, FIX_CARDS, classifyMailFailure } from '../../src/main/core/mail-check'
import { MAIL_CAUSES, type MailFailure } from '../../src/shared/contract/mail-check'

const smtpAuth = (response: string, responseCode: number, host = 'smtp.gmail.com'): MailFailure => ({
  protocol: 'smtp',
  step: 'login',
  host,
  port: 465,
  mode: 'ssl',
  code: 'EAUTH',
  message: `Login refused: ${response}`,
  responseCode,
  response
})
const imapAuth = (response: string): MailFailure => ({ protocol: 'imap', step: 'login', host: 'imap.example.net', port: 993, mode: 'ssl', code: 'IMAP_NO', message: `The server answered ${response}`, response })
const at = (step: MailFailure['step'], code: string, extra: Partial<MailFailure> = {}): MailFailure => ({ protocol: 'smtp', step, host: 'mail.example.net', port: 587, mode: 'starttls', code, message: code, ...extra })

describe('classifyMailFailure: provider replies', () => {
  it.each([
    ['Google BadCredentials', smtpAuth('535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020 - gsmtp', 535), 'wrong-password'],
    ['Google app password (534 5.7.9)', smtpAuth('534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp', 534), 'app-password-required'],
    ['Google web login (534-5.7.14)', smtpAuth('534-5.7.14 <https://accounts.google.com/signin/continue?...> Please log in via your web browser and\n534-5.7.14 then try again.\n534 5.7.14  Learn more at https://support.google.com/mail/answer/78754 - gsmtp', 534), 'web-login-required'],
    ['Google too many logins (454 4.7.0)', smtpAuth('454 4.7.0 Too many login attempts, please try again later. Learn more at 4.7.0 https://support.google.com/mail/answer/7126229 - gsmtp', 454), 'throttled'],
    ['Microsoft tenant SMTP AUTH off (5.7.139)', smtpAuth('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.', 535, 'smtp.office365.com'), 'smtp-auth-disabled'],
    ['Microsoft older 5.7.3 form', smtpAuth('535 5.7.3 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 535, 'smtp.office365.com'), 'smtp-auth-disabled'],
    ['Microsoft wrong credentials (5.7.139 variant)', smtpAuth('535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.', 535, 'smtp.office365.com'), 'wrong-password'],
    ['Microsoft basic auth retired (5.7.30)', smtpAuth('550 5.7.30 Basic authentication is not supported for Client Submission.', 550, 'smtp.office365.com'), 'smtp-auth-disabled'],
    ['Yahoo (app passwords only)', { ...imapAuth('NO AUTHENTICATE Invalid credentials'), host: 'imap.mail.yahoo.com' }, 'app-password-required'],
    ['iCloud (app passwords only)', smtpAuth('535 5.7.8 Authentication failed', 535, 'smtp.mail.me.com'), 'app-password-required'],
    ['Fastmail (app passwords only)', smtpAuth('535 5.7.0 authentication failed', 535, 'smtp.fastmail.com'), 'app-password-required'],
    ['Exim', smtpAuth('535 Incorrect authentication data', 535, 'mail.host.example'), 'wrong-password'],
    ['Must STARTTLS first', smtpAuth('530 5.7.0 Must issue a STARTTLS command first.', 530, 'mail.host.example'), 'no-tls-offered'],
    ['IMAP AUTHENTICATIONFAILED', imapAuth('NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'), 'wrong-password'],
    ['IMAP Gmail app password alert', imapAuth('NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)'), 'app-password-required'],
    ['IMAP Gmail web login alert', imapAuth('NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)'), 'web-login-required'],
    ['IMAP UNAVAILABLE is not a wrong password', imapAuth('NO [UNAVAILABLE] Temporary authentication failure.'), 'throttled'],
    ['IMAP too many connections', imapAuth('NO [ALERT] Too many simultaneous connections. (Failure)'), 'throttled'],
    ['Exchange bare NO', imapAuth('NO AUTHENTICATE failed.'), 'wrong-password']
  ])('%s', (_name, failure, cause) => {
    const d = classifyMailFailure(failure)
    expect(d.cause).toBe(cause)
    expect(d.fix).toBe(`fix-${cause}`)
    expect(d.detail).toContain(failure.response ?? '')
    // the server's words appear once, not again after a message that already quotes them
    expect(d.detail.split(failure.response ?? '\u0000').length - 1).toBe(1)
  })
})

describe('classifyMailFailure: transport layers', () => {
  it.each([
    [at('dns', 'ENOTFOUND'), 'host-not-found'],
    [at('dns', 'EAI_AGAIN'), 'dns-unavailable'],
    [at('tcp', 'ECONNREFUSED'), 'connection-refused'],
    [at('tcp', 'CONNECT_TIMEOUT'), 'connection-timeout'],
    [at('tls', 'ERR_SSL_WRONG_VERSION_NUMBER', { mode: 'ssl' }), 'tls-mode-mismatch'],
    [at('tls', 'ECONNRESET', { mode: 'ssl' }), 'tls-mode-mismatch'],
    [at('tls', 'EPROTO', { mode: 'ssl', message: 'write EPROTO …:WRONG_VERSION_NUMBER' }), 'tls-mode-mismatch'],
    [at('greeting', 'GREETING_TIMEOUT', { port: 465 }), 'tls-mode-mismatch'],
    [at('greeting', 'GREEETING_TIMEOUT', { port: 993, protocol: 'imap' }), 'tls-mode-mismatch'],
    [at('greeting', 'GREETING_TIMEOUT', { port: 587 }), 'connection-timeout'],
    [at('greeting', 'EPROTOCOL', { responseCode: 421, response: '421 4.7.0 Try again later, closing connection.' }), 'throttled'],
    [at('tls', 'DEPTH_ZERO_SELF_SIGNED_CERT'), 'certificate-untrusted'],
    [at('tls', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 'certificate-untrusted'],
    [at('tls', 'CERT_HAS_EXPIRED'), 'certificate-expired'],
    [at('tls', 'ERR_TLS_CERT_ALTNAME_INVALID'), 'certificate-wrong-name'],
    [at('starttls', 'NO_STARTTLS'), 'no-tls-offered'],
    [at('starttls', 'ETLS', { responseCode: 502, response: '502 5.5.1 Unrecognized command' }), 'no-tls-offered'],
    [at('login', 'NO_AUTH'), 'no-auth-offered'],
    [at('login', 'LOGINDISABLED', { protocol: 'imap' }), 'login-disabled'],
    [at('greeting', 'IMAP_BYE', { protocol: 'imap', response: 'BYE shutting down' }), 'connection-closed'],
    [at('greeting', 'EPROTOCOL', { responseCode: 554, response: '554 No SMTP service here' }), 'unknown']
  ])('%o → %s', (failure, cause) => {
    expect(classifyMailFailure(failure).cause).toBe(cause)
  })

  it('names the MX host mistake when the host is one of the domain MX hosts', () => {
    const f = at('login', 'NO_AUTH', { host: 'ASPMX.L.GOOGLE.COM', port: 25 })
    expect(classifyMailFailure(f, { mxHosts: ['aspmx.l.google.com.'] }).cause).toBe('mx-host-entered')
    expect(classifyMailFailure(f, { mxHosts: ['alt1.aspmx.l.google.com.'] }).cause).toBe('no-auth-offered')
  })

  it('puts the certificate facts into the detail', () => {
    const certificate = { subject: 'server.host.example', issuer: "Let's Encrypt R3", altNames: ['DNS:server.host.example'], validTo: 'Jan 1 00:00:00 2030 GMT' }
    const d = classifyMailFailure(at('tls', 'ERR_TLS_CERT_ALTNAME_INVALID', { certificate }))
    expect(d.detail).toContain('DNS:server.host.example')
    expect(d.detail).toContain("Let's Encrypt R3")
  })

  it('falls back to the server text for an unfamiliar reply, keeping it visible', () => {
    const d = classifyMailFailure(at('capabilities', 'EPROTOCOL', { responseCode: 500, response: '500 5.5.2 What did you say?' }))
    expect(d.cause).toBe('unknown')
    expect(d.detail).toContain('The server said: 500 5.5.2 What did you say?')
  })
})

describe('classifyMailFailure: ColdSend API detail strings', () => {
  it.each([
    ['SMTP connection failed: authentication failed', 'wrong-password'],
    ['SMTP connection failed: authentication failed (535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.)', 'smtp-auth-disabled'],
    ['SMTP connection failed: authentication failed (534-5.7.9 Application-specific password required.)', 'app-password-required'],
    ['IMAP connection failed: authentication failed', 'wrong-password'],
    ['SMTP connection failed: login temporarily refused by the server (454 4.7.0 Too many login attempts)', 'throttled'],
    ['SMTP connection failed: connection refused', 'connection-refused'],
    ['IMAP connection failed: host not found', 'host-not-found'],
    ['SMTP connection failed: timed out connecting', 'connection-timeout'],
    ['SMTP connection failed: TLS mismatch: wrong version number (the port may not use implicit TLS)', 'tls-mode-mismatch'],
    ['SMTP connection failed: timed out waiting for the server greeting (the port may expect implicit TLS)', 'tls-mode-mismatch'],
    ['SMTP connection failed: certificate not trusted: self-signed certificate', 'certificate-untrusted'],
    ["SMTP connection failed: certificate not trusted: Hostname/IP does not match certificate's altnames", 'certificate-wrong-name'],
    ['SMTP connection failed: server does not offer STARTTLS', 'no-tls-offered'],
    ['SMTP connection failed: AUTH not offered by the server', 'no-auth-offered'],
    ['SMTP connection failed: connection closed unexpectedly', 'connection-closed'],
    ['Something else entirely', 'unknown']
  ])('%s', (detail, cause) => {
    const d = classifyMailFailure(detail)
    expect(d.cause).toBe(cause)
    expect(d.detail).toContain(detail)
  })
})

describe('throttling cooldown', () => {
  it('asks for a wait (never a retry): the server backoff when given, else the default', () => {
    expect(classifyMailFailure(smtpAuth('454 4.7.0 Too many login attempts, please try again later.', 454)).retryAfterMs).toBe(DEFAULT_COOLDOWN_MS)
    const ms = imapAuth('BAD Request is throttled. Suggested Backoff Time: 5000 milliseconds')
    expect(classifyMailFailure(ms)).toMatchObject({ cause: 'throttled', retryAfterMs: 5000 })
    expect(classifyMailFailure(smtpAuth('535 5.7.8 Authentication failed', 535, 'mail.host.example')).retryAfterMs).toBeUndefined()
  })
})

describe('fix cards', () => {
  it('exist for every cause, with steps', () => {
    for (const cause of MAIL_CAUSES) {
      expect(FIX_CARDS[cause].id).toBe(`fix-${cause}`)
      expect(FIX_CARDS[cause].steps.length).toBeGreaterThan(0)
    }
  })
})
