import type { MailServer } from '../../../shared/contract/mail-discovery'
import { childText, childrenNamed, parseXml, type XmlElement } from './tiny-xml'

/** What one autoconfig / ISPDB document says: provider names, the first usable IMAP and SMTP servers, notes. */
export interface ClientConfig {
  providerId?: string
  displayName?: string
  domains: string[]
  imap?: MailServer
  smtp?: MailServer
  notes: string[]
}

/** Expands %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% in a username or hostname template. */
export function expandPlaceholders(template: string, email: string): string {
  const at = email.lastIndexOf('@')
  const local = at < 0 ? email : email.slice(0, at)
  const domain = at < 0 ? '' : email.slice(at + 1)
  return template
    .replace(/%EMAILADDRESS%/g, email)
    .replace(/%EMAILLOCALPART%/g, local)
    .replace(/%EMAILDOMAIN%/g, domain)
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i

function readServer(el: XmlElement, email: string, notes: string[]): MailServer | undefined {
  const host = expandPlaceholders(childText(el, 'hostname') ?? '', email).toLowerCase()
  const port = Number(childText(el, 'port'))
  if (!HOST.test(host) || !Number.isInteger(port) || port < 1 || port > 65535) return undefined
  const sockets = childrenNamed(el, 'socketType').map((s) => s.text.toUpperCase())
  const socket = sockets.find((s) => s === 'SSL' || s === 'STARTTLS')
  if (!socket) {
    notes.push(`${host}:${port} is offered only without encryption; skipped.`)
    return undefined
  }
  const auth = childrenNamed(el, 'authentication').map((a) => a.text)
  if (auth.length > 0 && auth.every((a) => a === 'OAuth2')) notes.push(`${host} accepts OAuth2 only, not a password.`)
  const username = childText(el, 'username')
  return {
    host,
    port,
    tls: socket === 'SSL' ? 'implicit' : 'starttls',
    ...(username ? { username: expandPlaceholders(username, email) } : {})
  }
}

/** Reads a clientConfig v1.1 document; throws XmlParseError when it is not one. */
export function readClientConfig(xml: string, email: string): ClientConfig {
  const doc = parseXml(xml)
  if (doc.name !== 'clientConfig') throw new Error(`expected <clientConfig>, got <${doc.name}>`)
  const provider = childrenNamed(doc, 'emailProvider')[0]
  if (!provider) throw new Error('no <emailProvider>')
  const notes: string[] = []
  const firstOf = (tag: string, type: string): MailServer | undefined => {
    for (const el of childrenNamed(provider, tag)) {
      if ((el.attrs['type'] ?? '').toLowerCase() !== type) continue
      const server = readServer(el, email, notes)
      if (server) return server
    }
    return undefined
  }
  return {
    providerId: provider.attrs['id'],
    displayName: childText(provider, 'displayName'),
    domains: childrenNamed(provider, 'domain').map((d) => d.text.toLowerCase()),
    imap: firstOf('incomingServer', 'imap'),
    smtp: firstOf('outgoingServer', 'smtp'),
    notes
  }
}
