import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectMailCheck, passwordRedactor } from '../../src/main/core/mail-check'
import { type DovecotServer, type SmtpServers, dovecotUnavailable, startDovecot, startSmtpServers } from '../support/mail-servers'

const USER = 'sender@acme-mail.example'
const SECRET = 'Wr0ng"pass\\word-77'
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const FORMS = [SECRET, b64(SECRET), b64(`\0${USER}\0${SECRET}`)]
const FAST = { dns: 1000, connect: 1000, tls: 2000, greeting: 2000, command: 2000, login: 4000 }
const noDovecot = dovecotUnavailable()
if (noDovecot) console.log(`[skip] IMAP half of the redaction test: ${noDovecot}`)

function expectClean(text: string) {
  for (const form of FORMS) expect(text).not.toContain(form)
}

describe('passwords never leave the mail check', () => {
  let smtp: SmtpServers
  let dovecot: DovecotServer | null = null
  beforeAll(async () => {
    smtp = await startSmtpServers({ flavours: ['starttls', 'noStarttls'] })
    if (!noDovecot) dovecot = await startDovecot()
  })
  afterAll(async () => {
    await smtp.stop()
    await dovecot?.stop()
  })

  it('keeps the password out of steps, failures, diagnoses and log lines (wrong password on both protocols)', async () => {
    const lines: string[] = []
    const imapPort = dovecot?.securePort ?? smtp.ports.starttls
    const { steps, result } = await collectMailCheck(
      {
        smtp: { host: '127.0.0.1', port: smtp.ports.starttls, mode: 'starttls', username: USER, password: SECRET },
        imap: { host: '127.0.0.1', port: imapPort, mode: 'ssl', username: USER, password: SECRET }
      },
      { ca: [smtp.ca, ...(dovecot ? [dovecot.ca] : [])], timeouts: FAST, log: (l) => lines.push(l) }
    )
    expect(result.smtp?.diagnosis?.cause).toBe('wrong-password')
    if (dovecot) expect(result.imap?.diagnosis?.cause).toBe('wrong-password')
    expect(lines.some((l) => l.startsWith('SMTP C: AUTH PLAIN ****'))).toBe(true)
    expectClean(JSON.stringify({ steps, result }))
    expectClean(lines.join('\n'))
  })

  it('never sends the password when the server offers no TLS', async () => {
    const lines: string[] = []
    const { result } = await collectMailCheck(
      { smtp: { host: '127.0.0.1', port: smtp.ports.noStarttls, mode: 'starttls', username: USER, password: SECRET } },
      { ca: smtp.ca, timeouts: FAST, log: (l) => lines.push(l) }
    )
    expect(result.smtp?.diagnosis?.cause).toBe('no-tls-offered')
    expect(lines.some((l) => l.includes('AUTH'))).toBe(true) // the EHLO reply lists AUTH …
    expect(lines.some((l) => l.startsWith('SMTP C: AUTH'))).toBe(false) // … but the client never uses it
  })

  it('scrubs server echoes of the password and of its base64 forms', () => {
    const scrub = passwordRedactor(USER, SECRET)
    const echo = `535 5.7.8 rejected AUTH PLAIN ${b64(`\0${USER}\0${SECRET}`)} for ${USER} with password ${SECRET} (${b64(SECRET)})`
    const clean = scrub(echo)
    expectClean(clean)
    expect(clean).toContain(USER)
    expect(clean).toContain('535 5.7.8 rejected AUTH PLAIN ****')
  })
})
