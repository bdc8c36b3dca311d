import { describe, expect, it } from 'vitest'
import { classifyMailError, redact } from '../../src/sandbox/mail/classify'
import { CheckAbandoned } from '../../src/sandbox/mail/settings'

const SECRET = 'hunter2-Secret'

/**
 * Error shapes nodemailer 10 and imapflow 2 produce (the lab tables in the shared SMTP/IMAP notes) and the
 * reason each must become. The real-server tests cover the common ones end to end; these cover the rest.
 */
const CASES: Array<[string, Record<string, unknown>, string]> = [
  ['SMTP 454 throttle (not a wrong password)', { code: 'EAUTH', responseCode: 454, response: '454 4.7.0 Too many login attempts, please try again later.' }, 'login temporarily refused by the server (454 4.7.0 Too many login attempts, please try again later.)'],
  ['SMTP 530 STARTTLS first', { code: 'EAUTH', responseCode: 530, response: '530 5.7.0 Must issue a STARTTLS command first.' }, 'server requires STARTTLS before AUTH (turn on TLS) (530 5.7.0 Must issue a STARTTLS command first.)'],
  ['SMTP multi-line 535 (first line only)', { code: 'EAUTH', responseCode: 535, response: '535-5.7.8 Username and Password not accepted.\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials' }, 'authentication failed (535-5.7.8 Username and Password not accepted.)'],
  ['SMTP unknown host', { code: 'EDNS', originalCode: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND smtp.nowhere.example' }, 'host not found'],
  ['SMTP implicit TLS on a plain port', { code: 'ESOCKET', originalCode: 'ERR_SSL_WRONG_VERSION_NUMBER', message: 'ssl3_get_record:wrong version number' }, 'TLS mismatch: wrong version number (the port may not use implicit TLS)'],
  ['SMTP untrusted certificate', { code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' }, 'certificate not trusted: self-signed certificate'],
  ['SMTP TLS handshake timeout', { code: 'ETIMEDOUT', timeoutType: 'UPGRADE_TIMEOUT', message: 'TLS handshake timed out' }, 'timed out during the TLS handshake'],
  ['SMTP connect timeout', { code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT', message: 'Connection timeout' }, 'timed out connecting'],
  ['SMTP closed before the greeting', { message: 'Connection closed' }, 'connection closed unexpectedly'],
  ['SMTP recipient refused at send', { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user' }, 'recipient rejected by the server (550 5.1.1 No such user)'],
  ['IMAP [UNAVAILABLE] (flagged as an auth failure by imapflow, but temporary)', { authenticationFailed: true, responseStatus: 'NO', serverResponseCode: 'UNAVAILABLE', responseText: 'Maximum number of connections' }, 'login temporarily refused by the server'],
  ['IMAP Microsoft 365 refusal without a code', { authenticationFailed: true, responseStatus: 'NO', responseText: 'AUTHENTICATE failed.' }, 'authentication failed (NO AUTHENTICATE failed.)'],
  ['IMAP old imapflow greeting timeout spelling', { code: 'GREEETING_TIMEOUT', message: 'Failed to receive greeting from server in required time' }, 'timed out waiting for the server greeting (the port may expect implicit TLS)'],
  ['IMAP LOGINDISABLED', { message: 'Login is disabled' }, 'AUTH not offered by the server'],
  ['IMAP closed after connecting', { code: 'ClosedAfterConnectTLS', message: 'Unexpected close' }, 'connection closed unexpectedly'],
  ['IMAP throttled by Microsoft', { code: 'ETHROTTLE', message: 'Request is throttled' }, 'login temporarily refused by the server'],
  ['IMAP refused connection', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:993' }, 'connection refused'],
  ['something never seen before', { code: 'EWEIRD', message: 'the flux capacitor broke' }, 'unexpected error: the flux capacitor broke']
]

describe('mail error classification', () => {
  it.each(CASES)('%s', (_name, err, reason) => {
    expect(classifyMailError(Object.assign(new Error(String(err['message'] ?? '')), err), [SECRET])).toBe(reason)
  })

  it('redacts the password wherever a server or library echoes it', () => {
    const echoed = classifyMailError(Object.assign(new Error('x'), { code: 'EAUTH', responseCode: 535, response: `535 bad password ${SECRET}` }), [SECRET])
    expect(echoed).toBe('authentication failed (535 bad password ***)')
    const imap = classifyMailError(Object.assign(new Error('Command failed'), { authenticationFailed: true, responseStatus: 'NO', responseText: `no ${SECRET}` }), [SECRET])
    expect(imap).toBe('authentication failed (NO no ***)')
    expect(classifyMailError(new Error(`weird ${SECRET} weird ${SECRET}`), [SECRET])).toBe('unexpected error: weird *** weird ***')
    expect(redact('nothing to hide', ['', SECRET])).toBe('nothing to hide')
  })

  it('bounds long server text and reports an abandoned check as such', () => {
    const long = classifyMailError(Object.assign(new Error('x'), { code: 'EAUTH', responseCode: 535, response: `535 ${'z'.repeat(500)}` }), [])
    expect(long.length).toBeLessThan(260)
    expect(classifyMailError(new CheckAbandoned(), [])).toBe('check abandoned: the sandbox is shutting down')
  })
})
