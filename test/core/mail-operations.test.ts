import { readAllFiles, bootTestCore } from '../support/boot-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { startEchoingSmtp, startSmtpServers, type EchoingSmtpServer, type SmtpServers } from '../support/mail-servers'

// The wizard's local operations through a core booted as browser mode boots it: the DNS server,
// autoconfig and extra CA come from the environment, the SMTP server is real, and the password
// typed for the check is in no envelope, log line or file afterwards.

const PASSWORD = 'Wr0ng-but-secret-9f3a'

describe('mail.* operations through the booted core', () => {
  let dns: TestDnsServer
  let smtp: SmtpServers
  let echoing: EchoingSmtpServer
  let booted: Awaited<ReturnType<typeof bootTestCore>>

  beforeAll(async () => {
    dns = await startDnsServer({
      'acme-workspace.example': { MX: [{ exchange: 'aspmx.l.google.com', priority: 1 }], TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '_dmarc.acme-workspace.example': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@acme-workspace.example'] },
      'mail.acme-workspace.example': { A: ['127.0.0.1'] }
    })
    smtp = await startSmtpServers()
    echoing = await startEchoingSmtp()
    booted = await bootTestCore(undefined, { COLDSEND_DNS_SERVERS: dns.servers.join(','), COLDSEND_ISPDB_URL: 'off', COLDSEND_MAIL_EXTRA_CA: smtp.ca })
  })
  afterAll(async () => {
    await booted?.core.close()
    await dns?.close()
    await smtp?.stop()
    await echoing?.close()
  })

  it('mail.discover finds Google Workspace from MX on the configured DNS server, and refuses a non-address on its field', async () => {
    const found = await booted.call<{ inboxType: string; source: string; smtp: { host: string } }>('mail.discover', { email: 'ann@acme-workspace.example' })
    expect(found.inboxType).toBe('GOOGLE_WORKSPACE')
    expect(found.smtp.host).toBe('smtp.gmail.com')
    expect(dns.queries.some((q) => q.includes('acme-workspace.example'))).toBe(true)
    const bad = await booted.core.invoke('mail.discover', { email: 'not an address' })
    expect(bad.ok).toBe(false)
    if (!bad.ok && bad.error.kind === 'validation') expect(bad.error.issues.map((i) => i.path)).toEqual(['email'])
    else throw new Error(`expected a validation error, got ${JSON.stringify(bad)}`)
  })

  it('mail.deliverability reports SPF, DMARC, DKIM and MX for the sender domain', async () => {
    const items = await booted.call<Array<{ id: string; status: string }>>('mail.deliverability', { domain: 'acme-workspace.example', smtpHost: 'smtp.gmail.com' })
    expect(items.map((i) => i.id)).toEqual(['spf', 'dmarc', 'dkim', 'mx'])
    expect(items.find((i) => i.id === 'spf')?.status).toBe('pass')
    expect(items.find((i) => i.id === 'dkim')?.status).toBe('fail')
  })

  it('mail.check runs the real SMTP login once, diagnoses the wrong password, and the password is nowhere afterwards', async () => {
    const envelope = await booted.core.invoke('mail.check', {
      smtp: { host: '127.0.0.1', port: smtp.ports.starttls, mode: 'starttls', username: 'sender@acme-mail.example', password: PASSWORD }
    })
    expect(envelope.ok).toBe(true)
    const report = envelope.ok ? (envelope.value as { result: { smtp?: { ok: boolean; diagnosis?: { cause: string } } } }) : null
    expect(report?.result.smtp?.ok).toBe(false)
    expect(report?.result.smtp?.diagnosis?.cause).toBe('wrong-password')
    expect(JSON.stringify(envelope)).not.toContain(PASSWORD)
    expect(booted.lines.join('\n')).not.toContain(PASSWORD)
    for (const file of readAllFiles(booted.dataDir)) expect(file.text, file.file).not.toContain(PASSWORD)
  })

  it('a check tagged with a checkId pushes each step live as mail.check.step, in the order of the final report', async () => {
    const pushed: Array<{ checkId: string; step: { protocol: string; step: string; status: string } }> = []
    const stop = booted.core.subscribe((event) => {
      if (event.name === 'mail.check.step') pushed.push(event.payload as (typeof pushed)[number])
    })
    const report = await booted.call<{ steps: Array<{ protocol: string; step: string; status: string }> }>('mail.check', {
      checkId: 'check-live-0001',
      smtp: { host: '127.0.0.1', port: smtp.ports.starttls, mode: 'starttls', username: 'sender@acme-mail.example', password: 'right-pass-1' }
    })
    stop()
    expect(report.steps.length).toBeGreaterThan(4)
    expect(pushed.map((p) => p.checkId)).toEqual(report.steps.map(() => 'check-live-0001'))
    expect(pushed.map((p) => `${p.step.protocol}:${p.step.step}:${p.step.status}`)).toEqual(report.steps.map((s) => `${s.protocol}:${s.step}:${s.status}`))
    const bad = await booted.core.invoke('mail.check', { checkId: 'x y', smtp: { host: '127.0.0.1', port: 25, mode: 'ssl', username: 'u', password: 'p' } })
    expect(bad.ok).toBe(false)
  })

  it('a server that echoes the password in its refusal reaches neither the live steps, the report nor the log', async () => {
    const secret = 'Echo-me-if-you-dare-77'
    const pushed: string[] = []
    const stop = booted.core.subscribe((event) => pushed.push(JSON.stringify(event)))
    const envelope = await booted.core.invoke('mail.check', {
      checkId: 'check-echo-0001',
      smtp: { host: '127.0.0.1', port: echoing.port, mode: 'ssl', username: 'sender@acme-mail.example', password: secret }
    })
    stop()
    expect(envelope.ok).toBe(true)
    const report = envelope.ok ? (envelope.value as { result: { smtp?: { ok: boolean; diagnosis?: { cause: string } } } }) : null
    expect(report?.result.smtp?.ok).toBe(false)
    expect(pushed.some((e) => e.includes('check-echo-0001'))).toBe(true)
    // the refusal text did travel (so the echo path is exercised), with the password taken out of it
    expect(JSON.stringify(envelope) + pushed.join('\n')).toContain('Authentication failed for secret')
    expect(pushed.join('\n')).not.toContain(secret)
    expect(JSON.stringify(envelope)).not.toContain(secret)
    expect(booted.lines.join('\n')).not.toContain(secret)
  })

  it('the connection check resolves hosts on the configured DNS server: a known name reaches the server (whose certificate names another), an unknown one is host-not-found', async () => {
    type Report = { result: { smtp?: { ok: boolean; diagnosis?: { cause: string } } }; steps: Array<{ step: string; status: string; facts: Record<string, unknown> }> }
    const login = { username: 'sender@acme-mail.example', password: 'right-pass-1' }
    const known = await booted.call<Report>('mail.check', { smtp: { host: 'mail.acme-workspace.example', port: smtp.ports.implicit, mode: 'ssl', ...login } })
    expect(known.steps.find((s) => s.step === 'dns')?.facts.addresses).toEqual(['127.0.0.1'])
    expect(known.result.smtp?.diagnosis?.cause).toBe('certificate-wrong-name')
    const unknown = await booted.call<Report>('mail.check', { smtp: { host: 'nohost.acme-workspace.example', port: smtp.ports.implicit, mode: 'ssl', ...login } })
    expect(unknown.result.smtp?.diagnosis?.cause).toBe('host-not-found')
    expect(dns.queries.some((q) => q.includes('nohost.acme-workspace.example'))).toBe(true)
    const local = await booted.call<Report>('mail.check', { smtp: { host: 'localhost', port: smtp.ports.implicit, mode: 'ssl', ...login } })
    expect(local.result.smtp?.ok).toBe(true)
  })
})
