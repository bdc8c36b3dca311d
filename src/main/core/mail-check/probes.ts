import type { MailAlternative, MailProtocol, TlsMode } from '../../../shared/contract/mail-check'
import { checkImap } from './imap-check'
import { type MailCheckOptions, resolveOptions } from './options'
import { checkSmtp } from './smtp-check'
import { StepRecorder } from './step-recorder'
import { openTcp, resolveHost } from './transport'

/** The standard submission/access ports and their TLS modes, per protocol. */
export const STANDARD_PORTS: Record<MailProtocol, readonly { port: number; mode: TlsMode }[]> = {
  smtp: [
    { port: 465, mode: 'ssl' },
    { port: 587, mode: 'starttls' }
  ],
  imap: [
    { port: 993, mode: 'ssl' },
    { port: 143, mode: 'starttls' }
  ]
}

/** Connects, reads the greeting and negotiates TLS without any credentials; resolves the greeting or null. */
export async function probeEndpoint(protocol: MailProtocol, host: string, port: number, mode: TlsMode, options: MailCheckOptions = {}): Promise<string | null> {
  const opts = resolveOptions({ ...options, log: undefined })
  const endpoint = { host, port, mode, username: '-', password: '-' }
  const rec = new StepRecorder(protocol, endpoint, () => {}, (t) => t)
  try {
    await (protocol === 'smtp' ? checkSmtp : checkImap)(rec, endpoint, opts, false)
    const greeting = rec.events.find((e) => e.step === 'greeting')?.facts.banner
    return typeof greeting === 'string' ? greeting : ''
  } catch {
    return null
  }
}

/**
 * Looks for a port + TLS mode that answers, credential-free: the same port with the other mode first, then the
 * protocol's standard ports. The wizard offers the result as a one-click switch.
 */
export async function probeAlternative(protocol: MailProtocol, host: string, port: number, mode: TlsMode, options: MailCheckOptions = {}): Promise<MailAlternative | null> {
  const other: TlsMode = mode === 'ssl' ? 'starttls' : 'ssl'
  const candidates = [{ port, mode: other }, ...STANDARD_PORTS[protocol].filter((c) => c.port !== port)]
  for (const candidate of candidates) {
    const greeting = await probeEndpoint(protocol, host, candidate.port, candidate.mode, options)
    if (greeting !== null) return { ...candidate, verified: true, greeting }
  }
  return null
}

/** The conventional fix for a port/TLS-mode mismatch, when no probe could confirm one (not verified). */
export function conventionalAlternative(protocol: MailProtocol, port: number, mode: TlsMode): MailAlternative {
  const [implicit, starttls] = STANDARD_PORTS[protocol] as [{ port: number; mode: TlsMode }, { port: number; mode: TlsMode }]
  if (mode === 'ssl') return port === implicit.port ? { ...starttls, verified: false } : { port, mode: 'starttls', verified: false }
  return port === starttls.port || port === 25 || port === 143 ? { ...implicit, verified: false } : { port, mode: 'ssl', verified: false }
}

/** Whether a known-open control target accepts TCP from here: false means this network blocks the port. */
export async function probeControlPort(host: string, port: number, options: MailCheckOptions = {}): Promise<boolean> {
  const opts = resolveOptions(options)
  try {
    const [address] = await resolveHost(host, opts.resolve, opts.timeouts.dns)
    const socket = await openTcp(address ?? host, port, opts.timeouts.connect)
    socket.destroy()
    return true
  } catch {
    return false
  }
}
