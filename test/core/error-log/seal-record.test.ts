import { afterAll, describe, expect, it } from 'vitest'
import { ERROR_LOG_LIMITS, ErrorLogRecordSchema } from '../../../src/shared/contract/error-log'
import { sealRecord } from '../../../src/main/core/error-log/seal-record'
import { inputFromAppError } from '../../../src/main/core/error-log'
import { Redactor } from '../../../src/main/core/log/redactor'
import type { AppError } from '../../../src/shared/contract/app-error'
import { allBytes, cleanupDirs, makeLog, sample } from './helpers'

const CANARY = 'cs_live_CANARYk3y0123456789abcdefghijABCDEFGHIJ'
const SMTP_PASS = 'smtp-Hunter2-pass'
const IMAP_PASS = 'imap-Swordfish-9'
const meta = { id: 'id-1', now: new Date('2026-01-02T03:04:05.000Z') }

afterAll(cleanupDirs)

/** The API layer registers SMTP/IMAP passwords with the redactor before sending them (like API keys). */
function redactorWithPasswords(): Redactor {
  const redactor = new Redactor()
  redactor.remember(SMTP_PASS)
  redactor.remember(IMAP_PASS)
  return redactor
}

describe('sealRecord: the redaction choke point', () => {
  const scrub = redactorWithPasswords()
  const dirty = sample({
    message: `Request with X-API-Key: ${CANARY} failed; password=${SMTP_PASS}`,
    detail: `{"smtp_password":"${SMTP_PASS}","imap_password":"${IMAP_PASS}","api_key":"${CANARY}"}`,
    profileName: `key ${CANARY}`,
    requestId: `x${CANARY}`,
    path: `/campaigns?api_key=${CANARY}`,
    issues: [
      { loc: ['body', 'smtp_password'], path: 'smtpPassword', msg: `bad value ${SMTP_PASS.replace('smtp', 'smtp')} for password: ${IMAP_PASS}` },
      { loc: ['header', CANARY], msg: `Authorization: Bearer ${CANARY}` }
    ],
    extra: {
      headers: { 'X-API-Key': CANARY, Authorization: `Basic ${Buffer.from('u:' + SMTP_PASS).toString('base64')}` },
      smtp: { host: 'smtp.example.com', password: SMTP_PASS },
      imapPassword: IMAP_PASS,
      access_token: 'tok-123456',
      clientSecret: 'sec-123456',
      [CANARY]: 'used as a key',
      note: `glued${CANARY}_and-more`,
      reconciliation: { outcome: 'found', existingId: 42 }
    }
  })

  it('blanks key=value and "key":"value" secrets in text even when nobody registered them', () => {
    const plain = new Redactor()
    const record = sealRecord(
      sample({
        message: `X-API-Key: ${CANARY}; password=p4ss-a; Authorization: Basic dXNlcjpwYXNz`,
        detail: `{"smtp_password":"p4ss b","token": "t0k-c", "IMAP-Password": 'p4ss-d'}`
      }),
      plain,
      meta
    )
    const text = JSON.stringify(record)
    for (const secret of ['CANARYk3y', 'p4ss-a', 'p4ss b', 't0k-c', 'p4ss-d', 'dXNlcjpwYXNz']) expect(text).not.toContain(secret)
    expect(record.message).toBe('X-API-Key: [redacted]; password=[redacted]; Authorization: [redacted]')
  })

  it('removes cs_live_ keys and passwords from every field, key and nested value', () => {
    const record = sealRecord(dirty, scrub, meta)
    const text = JSON.stringify(record)
    for (const secret of ['CANARYk3y', SMTP_PASS, IMAP_PASS, 'tok-123456', 'sec-123456', Buffer.from('u:' + SMTP_PASS).toString('base64')]) {
      expect(text).not.toContain(secret)
    }
    expect(record.extra?.reconciliation).toEqual({ outcome: 'found', existingId: 42 })
    expect(record.issues?.[0]?.loc).toEqual(['body', 'smtp_password'])
    expect(record.status).toBe(500)
  })

  it('scrubs secrets the secret store registered, even if they look like nothing', () => {
    const redactor = new Redactor()
    redactor.remember('plain-looking-value-77')
    const record = sealRecord(sample({ message: 'auth failed with plain-looking-value-77', extra: { 'plain-looking-value-77': 1 } }), redactor, meta)
    expect(JSON.stringify(record)).not.toContain('plain-looking-value-77')
  })

  it('redacts before clamping, so a secret at the cut is not half-kept', () => {
    const redactor = new Redactor()
    const secret = 'S3cretValueThatIsLong-0123456789'
    redactor.remember(secret)
    const message = 'x'.repeat(ERROR_LOG_LIMITS.message - 10) + secret
    const record = sealRecord(sample({ message }), redactor, meta)
    expect(record.message).not.toContain('S3cretVal')
    expect(record.message.length).toBeLessThanOrEqual(ERROR_LOG_LIMITS.message)
  })

  it('clamps oversized and odd inputs into a valid record', () => {
    const record = sealRecord(
      {
        operation: 'o'.repeat(500),
        kind: '',
        message: 'm'.repeat(10_000),
        method: 'get',
        status: 1.5,
        attempts: -1,
        durationMs: Number.POSITIVE_INFINITY,
        time: 'not a date',
        issues: Array.from({ length: 500 }, () => ({ loc: Array.from({ length: 50 }, (_, i) => (i % 2 ? i : 'p'.repeat(300))), msg: 'm' })),
        extra: { big: 'y'.repeat(20_000) }
      },
      scrub,
      meta
    )
    expect(ErrorLogRecordSchema.safeParse(record).success).toBe(true)
    expect(record.method).toBe('GET')
    expect(record.kind).toBe('unknown')
    expect(record.status).toBeUndefined()
    expect(record.time).toBe(meta.now.toISOString())
    expect(record.issues).toHaveLength(ERROR_LOG_LIMITS.issues)
    expect(record.extra).toEqual({ truncated: true, bytes: expect.any(Number) })
  })

  it('keeps only the allow-listed fields', () => {
    const record = sealRecord({ ...sample(), stack: 'at x', headers: { a: 1 } } as never, scrub, meta)
    expect(Object.keys(record)).not.toContain('stack')
    expect(Object.keys(record)).not.toContain('headers')
  })

  it('builds a record from an AppError with its issues and detail', () => {
    const error = {
      kind: 'validation',
      message: 'Some fields need fixing.',
      operation: 'campaigns.create',
      status: 422,
      requestId: 'rid-9',
      timestamp: '2026-03-04T05:06:07.000Z',
      retryable: false,
      attempts: 1,
      guidance: 'fix-fields',
      issues: [{ loc: ['body', 'name'], path: 'name', msg: 'Field required', type: 'missing', source: 'server' }]
    } as AppError
    const record = sealRecord(inputFromAppError(error, { profileId: 'p', method: 'POST', path: '/campaigns', durationMs: 8 }), scrub, meta)
    expect(record).toMatchObject({
      time: '2026-03-04T05:06:07.000Z',
      kind: 'validation',
      status: 422,
      requestId: 'rid-9',
      guidance: 'fix-fields',
      method: 'POST',
      path: '/campaigns',
      issues: [{ loc: ['body', 'name'], path: 'name', msg: 'Field required' }]
    })
  })

  it('never lets a canary reach the file, whatever field it hides in', async () => {
    const { log, logDir } = makeLog({ redactor: redactorWithPasswords() })
    await log.append(dirty).acknowledged
    await log.append({ operation: `op ${CANARY}`, kind: CANARY, message: SMTP_PASS, extra: { password: SMTP_PASS } }).acknowledged
    await log.close()
    const bytes = allBytes(logDir)
    expect(bytes.length).toBeGreaterThan(100)
    for (const secret of ['CANARYk3y', SMTP_PASS, IMAP_PASS]) expect(bytes).not.toContain(secret)
  })
})
