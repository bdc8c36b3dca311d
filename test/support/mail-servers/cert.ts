import { generate } from 'selfsigned'

/** A self-signed TLS certificate (PEM) valid for `localhost` and `127.0.0.1`; trust it by passing `cert` as a CA. */
export interface TestCertificate {
  cert: string
  key: string
}

let shared: Promise<TestCertificate> | null = null

// One certificate per test process (RSA 2048 takes ~0.1–0.3 s), shared by every SMTP and IMAP server it starts.
export function testCertificate(): Promise<TestCertificate> {
  shared ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 60_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }
    ]
  }).then((pems) => ({ cert: pems.cert, key: pems.private }))
  return shared
}
