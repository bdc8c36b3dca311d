import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import type { SandboxState } from '../../src/sandbox/store/state'
import { call, tempDir } from './helpers'
import { DOVECOT_MISSING, type MailPeers, expectNoSecret, inboxBody, pollJob, reportDovecotSkip, startMailPeers, startMailSandbox } from './sender-fixtures'

reportDovecotSkip('sender-persistence')

describe.skipIf(DOVECOT_MISSING)('sender credentials across restarts (data dir)', () => {
  let peers: MailPeers
  let dir: string
  let removeDir: () => Promise<void>
  let sandbox: SandboxHandle | null = null
  let key: string
  const open = async () => {
    ;({ sandbox, key } = await startMailSandbox(peers.smtp.ca, { dataDir: dir }))
    return sandbox!
  }
  const stateText = () => readFile(join(dir, 'state.json'), 'utf8')
  const testEmail = (s: SandboxHandle, id: string, to: string) => call(s, `/sender-accounts/${id}/test-email`, { key, json: { recipient_email: to } })

  beforeAll(async () => {
    peers = await startMailPeers()
  })
  afterAll(() => peers?.stop())
  beforeEach(async () => {
    ;({ dir, cleanup: removeDir } = await tempDir())
  })
  afterEach(async () => {
    await sandbox?.close()
    sandbox = null
    await removeDir()
  })

  it('stores passwords only as ciphertext under a 0600 key, and they still work after a restart', async () => {
    const first = await open()
    const created = await call(first, '/sender-accounts/smtp', { key, json: inboxBody(peers) })
    expect(created.status).toBe(201)
    const id = (created.body as { inbox_id: string }).inbox_id
    await first.close()

    const text = await stateText()
    expectNoSecret(text, [peers.pass])
    const record = (JSON.parse(text) as SandboxState).sender_accounts.find((a) => a.inbox_id === id)!
    expect(Object.keys(record).filter((k) => /password/i.test(k))).toEqual([])
    expect(record.credentials).toMatch(/^[A-Za-z0-9+/]+=*$/)
    const keyFile = join(dir, 'credentials.key')
    expect((await readFile(keyFile, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/)
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600)

    const second = await open()
    const sent = await testEmail(second, id, 'after-restart@receiver.example')
    expect(sent.status).toBe(200)
    const got = await peers.smtp.waitForMessage((m) => m.to.includes('after-restart@receiver.example'))
    expect(got.user).toBe(peers.user)
  })

  it('says the stored credentials are unreadable when the key file is lost (never a crash, never a login attempt with garbage)', async () => {
    const first = await open()
    const created = await call(first, '/sender-accounts/smtp', { key, json: inboxBody(peers) })
    const id = (created.body as { inbox_id: string }).inbox_id
    await first.close()
    await rm(join(dir, 'credentials.key'))

    const second = await open()
    const unreadable = 'stored credentials cannot be decrypted (delete and re-add the sender account)'
    expect((await testEmail(second, id, 'lost-key@receiver.example')).body).toEqual({ detail: `SMTP connection failed: ${unreadable}` })
    const health = (await call(second, `/sender-accounts/${id}/health?refresh=true`, { key })).body as { smtp: { error: string }; imap: { error: string } }
    expect([health.smtp.error, health.imap.error]).toEqual([unreadable, unreadable])
    expect(peers.smtp.messages.some((m) => m.to.includes('lost-key@receiver.example'))).toBe(false)
  })

  it('keeps unchecked bulk rows sealed on disk when closed mid-job, and finishes them after a restart', async () => {
    const first = await open()
    const rows = [
      inboxBody(peers, { email_address: 'resumed-ok@acme-mail.example' }),
      // STARTTLS against the implicit-TLS IMAP port: the row waits for the greeting timeout, so it is still pending at close.
      inboxBody(peers, { email_address: 'resumed-slow@acme-mail.example', imap_port: peers.imap.securePort, imap_use_ssl: false })
    ]
    const started = await call(first, '/sender-accounts/smtp/bulk', { key, json: { inboxes: rows } })
    const jobId = (started.body as { job_id: string }).job_id
    await first.close()

    const text = await stateText()
    expectNoSecret(text, [peers.pass])
    const job = (JSON.parse(text) as SandboxState).inbox_jobs.find((j) => j.job_id === jobId)!
    expect(job.status).toBe('IN_PROGRESS')
    expect(job.pending_creates.map((p) => p.settings.email_address)).toContain('resumed-slow@acme-mail.example')
    expect(job.pending_creates.length + job.results.length).toBe(2)

    const second = await open()
    const done = (await pollJob(second, key, `/sender-accounts/smtp/bulk/${jobId}/progress`)).pop()!
    expect(done.results.map((r) => [r['email_address'], r['status']])).toEqual([
      ['resumed-ok@acme-mail.example', 'created'],
      ['resumed-slow@acme-mail.example', 'failed']
    ])
    expect(done.results[1]!['error']).toBe('IMAP connection failed: timed out waiting for the server greeting (the port may expect implicit TLS)')
    await second.close()
    expect((JSON.parse(await stateText()) as SandboxState).inbox_jobs[0]!.pending_creates).toEqual([])
  })
})
