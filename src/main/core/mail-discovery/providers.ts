import type { MailServer } from '../../../shared/contract/mail-discovery'

/** Inbox types the ColdSend API accepts. */
export type InboxType = 'GOOGLE_WORKSPACE' | 'OUTLOOK_365' | 'CUSTOM_SMTP'

/** What the console knows about one mail provider: servers, how to recognise it, and its SPF/DKIM names. */
export interface ProviderProfile {
  id: string
  name: string
  inboxType: InboxType
  smtp: MailServer
  imap: MailServer
  /** Address domains that belong to this provider outright (consumer mailboxes). */
  domains: string[]
  /** MX host suffixes that identify the provider for custom domains. */
  mxSuffixes: string[]
  /** SMTP host suffixes that identify the provider when the operator typed a host. */
  smtpHostSuffixes: string[]
  /** Domains a sender's SPF must include to authorise this provider. */
  spfIncludes: string[]
  /** Fixed DKIM selectors the provider uses under `<selector>._domainkey.<domain>` (empty when the customer picks one). */
  dkimSelectors: string[]
  /** Extra advice for the operator (app passwords, OAuth-only IMAP…). */
  note?: string
}

const ssl = (host: string, port: number): MailServer => ({ host, port, tls: 'implicit' })
const starttls = (host: string, port: number): MailServer => ({ host, port, tls: 'starttls' })

/** The bundled provider table (facts as of late 2026; re-check hostnames when providers change platforms). */
export const PROVIDERS: readonly ProviderProfile[] = [
  {
    id: 'google', name: 'Google Workspace / Gmail', inboxType: 'GOOGLE_WORKSPACE',
    smtp: starttls('smtp.gmail.com', 587), imap: ssl('imap.gmail.com', 993),
    domains: ['gmail.com', 'googlemail.com'], mxSuffixes: ['google.com', 'googlemail.com'],
    smtpHostSuffixes: ['gmail.com', 'google.com', 'googlemail.com'],
    spfIncludes: ['_spf.google.com'], dkimSelectors: ['google'],
    note: 'Google needs an app password (2-Step Verification on) or OAuth.'
  },
  {
    id: 'microsoft365', name: 'Microsoft 365', inboxType: 'OUTLOOK_365',
    smtp: starttls('smtp.office365.com', 587), imap: ssl('outlook.office365.com', 993),
    domains: [], mxSuffixes: ['mail.protection.outlook.com'],
    smtpHostSuffixes: ['office365.com', 'outlook.com'],
    spfIncludes: ['spf.protection.outlook.com'], dkimSelectors: ['selector1', 'selector2'],
    note: 'Microsoft 365 refuses IMAP password logins; SMTP AUTH must be enabled for the tenant and mailbox.'
  },
  {
    id: 'outlook', name: 'Outlook.com / Hotmail', inboxType: 'OUTLOOK_365',
    smtp: starttls('smtp-mail.outlook.com', 587), imap: ssl('outlook.office365.com', 993),
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'outlook.fr', 'hotmail.fr'],
    mxSuffixes: ['olc.protection.outlook.com'], smtpHostSuffixes: ['smtp-mail.outlook.com'],
    spfIncludes: ['spf.protection.outlook.com'], dkimSelectors: ['selector1', 'selector2'],
    note: 'Consumer Outlook.com accounts accept OAuth only; password logins are refused.'
  },
  {
    id: 'yahoo', name: 'Yahoo Mail', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtp.mail.yahoo.com', 465), imap: ssl('imap.mail.yahoo.com', 993),
    domains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de'],
    mxSuffixes: ['yahoodns.net'], smtpHostSuffixes: ['mail.yahoo.com'],
    spfIncludes: [], dkimSelectors: [], note: 'Yahoo needs an app password.'
  },
  {
    id: 'aol', name: 'AOL Mail', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtp.aol.com', 465), imap: ssl('imap.aol.com', 993),
    domains: ['aol.com', 'aim.com'], mxSuffixes: [], smtpHostSuffixes: ['aol.com'],
    spfIncludes: [], dkimSelectors: [], note: 'AOL needs an app password.'
  },
  {
    id: 'icloud', name: 'iCloud Mail', inboxType: 'CUSTOM_SMTP',
    smtp: starttls('smtp.mail.me.com', 587), imap: ssl('imap.mail.me.com', 993),
    domains: ['icloud.com', 'me.com', 'mac.com'], mxSuffixes: ['mail.icloud.com'],
    smtpHostSuffixes: ['mail.me.com'], spfIncludes: ['icloud.com'], dkimSelectors: ['sig1'],
    note: 'iCloud needs an app-specific password; log in with the Apple iCloud address.'
  },
  {
    id: 'fastmail', name: 'Fastmail', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtp.fastmail.com', 465), imap: ssl('imap.fastmail.com', 993),
    domains: ['fastmail.com', 'fastmail.fm'], mxSuffixes: ['messagingengine.com'],
    smtpHostSuffixes: ['fastmail.com'], spfIncludes: ['spf.messagingengine.com'], dkimSelectors: ['fm1', 'fm2', 'fm3'],
    note: 'Fastmail always needs an app password.'
  },
  {
    id: 'zoho', name: 'Zoho Mail', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtppro.zoho.com', 465), imap: ssl('imappro.zoho.com', 993),
    domains: ['zoho.com', 'zohomail.com'], mxSuffixes: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'],
    smtpHostSuffixes: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'],
    spfIncludes: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in'],
    dkimSelectors: [], note: 'Zoho: enable IMAP in Settings → Mail Accounts; pick the data-centre TLD your MX shows.'
  },
  {
    id: 'gmx', name: 'GMX', inboxType: 'CUSTOM_SMTP',
    smtp: starttls('mail.gmx.net', 587), imap: ssl('imap.gmx.net', 993),
    domains: ['gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch'], mxSuffixes: ['gmx.net'], smtpHostSuffixes: ['gmx.net'],
    spfIncludes: [], dkimSelectors: []
  },
  {
    id: 'gmx-com', name: 'GMX (gmx.com)', inboxType: 'CUSTOM_SMTP',
    smtp: starttls('mail.gmx.com', 587), imap: ssl('imap.gmx.com', 993),
    domains: ['gmx.com', 'gmx.us'], mxSuffixes: ['gmx.com'], smtpHostSuffixes: ['gmx.com'],
    spfIncludes: [], dkimSelectors: []
  },
  {
    id: 'titan', name: 'Titan Mail', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtp.titan.email', 465), imap: ssl('imap.titan.email', 993),
    domains: [], mxSuffixes: ['titan.email'], smtpHostSuffixes: ['titan.email'],
    spfIncludes: ['spf.titan.email'], dkimSelectors: []
  },
  {
    id: 'godaddy', name: 'GoDaddy Workspace Email', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('smtpout.secureserver.net', 465), imap: ssl('imap.secureserver.net', 993),
    domains: [], mxSuffixes: ['secureserver.net'], smtpHostSuffixes: ['secureserver.net'],
    spfIncludes: ['secureserver.net'], dkimSelectors: []
  },
  {
    id: 'privateemail', name: 'Namecheap Private Email', inboxType: 'CUSTOM_SMTP',
    smtp: ssl('mail.privateemail.com', 465), imap: ssl('mail.privateemail.com', 993),
    domains: [], mxSuffixes: ['privateemail.com'], smtpHostSuffixes: ['privateemail.com'],
    spfIncludes: ['spf.privateemail.com'], dkimSelectors: []
  }
]

const endsWithLabel = (host: string, suffix: string): boolean => host === suffix || host.endsWith(`.${suffix}`)

/** The provider that owns an address domain outright (gmail.com → Google), if any. */
export function providerByAddressDomain(domain: string): ProviderProfile | undefined {
  const d = domain.toLowerCase()
  return PROVIDERS.find((p) => p.domains.includes(d))
}

/** The provider an MX host belongs to (aspmx.l.google.com → Google; x.mail.protection.outlook.com → Microsoft 365). */
export function providerByMxHost(mxHost: string): ProviderProfile | undefined {
  const h = mxHost.toLowerCase().replace(/\.$/, '')
  return PROVIDERS.find((p) => p.mxSuffixes.some((s) => endsWithLabel(h, s)))
}

/** The provider an SMTP host belongs to (smtp.office365.com → Microsoft 365), if it is a known one. */
export function providerBySmtpHost(smtpHost: string): ProviderProfile | undefined {
  const h = smtpHost.toLowerCase().replace(/\.$/, '')
  return PROVIDERS.find((p) => p.smtpHostSuffixes.some((s) => endsWithLabel(h, s)))
}

/** A provider by id (used when a fetched config's hostnames point at a known provider). */
export function providerById(id: string): ProviderProfile | undefined {
  return PROVIDERS.find((p) => p.id === id)
}
