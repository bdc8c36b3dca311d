import type { PeerCertificate, TLSSocket } from 'node:tls'

/** What the operator needs to judge a server certificate (names, issuer, validity, fingerprint). */
export interface CertificateFacts {
  subject: string | null
  issuer: string | null
  altNames: string[]
  validFrom: string | null
  validTo: string | null
  fingerprint256: string | null
  selfSigned: boolean
}

function nameOf(part: PeerCertificate['subject'] | undefined): string | null {
  if (!part) return null
  const cn = part.CN as string | string[] | undefined
  const org = part.O as string | string[] | undefined
  const pick = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null
  return pick(cn) ?? pick(org)
}

/** Reads the peer certificate of a finished handshake (null when the server sent none). */
export function certificateFacts(socket: TLSSocket): CertificateFacts | null {
  const cert = socket.getPeerCertificate()
  if (!cert || Object.keys(cert).length === 0) return null
  const altNames = (cert.subjectaltname ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const subject = nameOf(cert.subject)
  const issuer = nameOf(cert.issuer)
  return {
    subject,
    issuer,
    altNames,
    validFrom: cert.valid_from ?? null,
    validTo: cert.valid_to ?? null,
    fingerprint256: cert.fingerprint256 ?? null,
    selfSigned: JSON.stringify(cert.subject) === JSON.stringify(cert.issuer)
  }
}
