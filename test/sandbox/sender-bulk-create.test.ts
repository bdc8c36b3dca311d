import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/sandbox'
import { freePort } from '../support/mail-servers'
import { call } from './helpers'
import { DOVECOT_MISSING, type MailPeers, expectNoSecret, inboxBody, pollJob, reportDovecotSkip, startMailPeers, startMailSandbox } from './sender-fixtures'

reportDovecotSkip('sender-bulk-create')

const WRONG = 'Bulk-Wr0ng-4c1d'

describe.skipIf(DOVECOT_MISSING)('S2 bulk create and S3 progress with real checks per row', () => {
  let peers: MailPeers
  let sandbox: SandboxHandle
  let key: string

  beforeAll(async () => {
    peers = await startMailPeers()
    ;({ sandbox, key } = await startMailSandbox(peers.smtp.ca))
    const existing = await call(sandbox, '/sender-accounts/smtp', { key, json: inboxBody(peers, { email_address: 'existing@acme-mail.example' }) })
    expect(existing.status).toBe(201)
  })
  afterAll(async () => {
    await sandbox?.close()
    await peers?.stop()
  })

  it('runs every row in the background: good rows become inboxes, bad rows fail with their own reason', async () => {
    const closedPort = await freePort()
    const rows = [
      inboxBody(peers, { email_address: 'bulk-1@acme-mail.example' }),
      inboxBody(peers, { email_address: 'bulk-2@acme-mail.example', smtp_password: WRONG }),
      inboxBody(peers, { email_address: 'bulk-3@acme-mail.example', imap_port: peers.imap.securePort, imap_use_ssl: true }),
      inboxBody(peers, { email_address: 'bulk-4@acme-mail.example', imap_password: WRONG }),
      inboxBody(peers, { email_address: 'Existing@acme-mail.example' }),
      inboxBody(peers, { email_address: 'bulk-6@acme-mail.example', smtp_port: closedPort })
    ]
    const started = await call(sandbox, '/sender-accounts/smtp/bulk', { key, json: { inboxes: rows } })
    expect(started.status).toBe(202)
    expect(started.body).toEqual({
      success: true,
      message: 'Bulk SMTP inbox creation started for 6 inbox(es)',
      total: 6,
      success_count: 0,
      failed_count: 0,
      job_id: expect.any(String),
      results: []
    })
    const jobId = (started.body as { job_id: string }).job_id
    const snapshots = await pollJob(sandbox, key, `/sender-accounts/smtp/bulk/${jobId}/progress`)
    expect(snapshots[0]!.status).toBe('IN_PROGRESS')
    const processed = snapshots.map((s) => s.processed_count)
    expect(processed).toEqual([...processed].sort((a, b) => a - b))
    const done = snapshots[snapshots.length - 1]!
    expect(done).toMatchObject({ status: 'COMPLETED', progress_percentage: 100, total_rows: 6, processed_count: 6, success_count: 2, failed_count: 4 })
    expect(done.results).toEqual([
      { index: 0, email_address: 'bulk-1@acme-mail.example', status: 'created', inbox_id: expect.any(String) },
      { index: 1, email_address: 'bulk-2@acme-mail.example', status: 'failed', error: 'SMTP connection failed: authentication failed (535 Invalid username or password)' },
      { index: 2, email_address: 'bulk-3@acme-mail.example', status: 'created', inbox_id: expect.any(String) },
      {
        index: 3,
        email_address: 'bulk-4@acme-mail.example',
        status: 'failed',
        error: 'IMAP connection failed: authentication failed (NO [AUTHENTICATIONFAILED] Authentication failed.)'
      },
      { index: 4, email_address: 'Existing@acme-mail.example', status: 'failed', error: 'Sender account with email Existing@acme-mail.example already exists' },
      { index: 5, email_address: 'bulk-6@acme-mail.example', status: 'failed', error: 'SMTP connection failed: connection refused' }
    ])
    for (const s of snapshots) expectNoSecret(s, [WRONG, peers.pass])
    for (const r of done.results.filter((x) => x['status'] === 'created')) {
      const inbox = await call(sandbox, `/sender-accounts/${String(r['inbox_id'])}`, { key })
      expect([inbox.status, (inbox.body as { email_address: string }).email_address]).toEqual([200, r['email_address']])
    }
    const all = (await call(sandbox, '/sender-accounts', { key })).body as { pagination: { total: number } }
    expect(all.pagination.total).toBe(3)
  })
})
