import { type AddressInfo } from 'node:net'
import { type Server, createServer } from 'node:tls'
import { generate } from 'selfsigned'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { collectMailCheck } from '../../src/main/core/mail-check'

// A real TLS server on loopback whose certificate expired yesterday (trusted as a CA, so only the date is wrong).
let server: Server
let ca: string
beforeAll(async () => {
  const day = 86_400_000
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 30 * day),
    notAfterDate: new Date(Date.now() - day),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
  })
  ca = pems.cert
  server = createServer({ key: pems.private, cert: pems.cert }, (socket) => {
    socket.on('error', () => {})
    socket.end('220 expired.example ESMTP\r\n')
  })
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it('stops at an expired certificate and shows its validity dates', async () => {
  const port = (server.address() as AddressInfo).port
  const { result } = await collectMailCheck(
    { smtp: { host: '127.0.0.1', port, mode: 'ssl', username: 'sender@acme-mail.example', password: 'right-pass-1' } },
    { ca, timeouts: { dns: 1000, connect: 1000, tls: 1000, greeting: 500, command: 1000, login: 1000 } }
  )
  const tls = result.smtp?.steps.find((s) => s.step === 'tls')
  expect(tls?.status).toBe('failed')
  expect(tls?.failure?.code).toBe('CERT_HAS_EXPIRED')
  expect(tls?.facts.authorized).toBe(false)
  expect(new Date(String(tls?.failure?.certificate?.validTo)).getTime()).toBeLessThan(Date.now())
  expect(result.smtp?.steps.find((s) => s.step === 'login')?.status).toBe('skipped')
  expect(result.smtp?.diagnosis).toMatchObject({ cause: 'certificate-expired', fix: 'fix-certificate-expired' })
})
