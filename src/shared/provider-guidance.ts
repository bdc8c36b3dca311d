import type { INBOX_TYPES } from './contract/senders'
import { GENERIC_GUIDANCE, GUIDANCE_ALIASES, GUIDANCE_TABLE, type CredentialGuidance, type GuidanceEntry } from './provider-guidance-table'

export type { CredentialGuidance, GuidanceLink } from './provider-guidance-table'

/** What the wizard knows when it asks for guidance: discovery's provider id, the inbox type and the SMTP host typed. */
export interface GuidanceInput {
  providerId?: string
  inboxType?: (typeof INBOX_TYPES)[number]
  smtpHost?: string
  /** Discovery's provider name, used to title the generic guidance for providers without their own row. */
  providerName?: string
}

const INBOX_TYPE_PROVIDER: Partial<Record<NonNullable<GuidanceInput['inboxType']>, string>> = {
  GOOGLE_WORKSPACE: 'google',
  OUTLOOK_365: 'microsoft365'
}

const toGuidance = ({ smtpHostSuffixes: _suffixes, ...guidance }: GuidanceEntry): CredentialGuidance => guidance

const byId = (id: string | undefined): GuidanceEntry | undefined => {
  if (!id) return undefined
  const key = GUIDANCE_ALIASES[id] ?? id
  return GUIDANCE_TABLE.find((entry) => entry.id === key)
}

/** The provider whose SMTP host suffix matches `host` most specifically (smtp-mail.outlook.com → outlook, not microsoft365). */
function bySmtpHost(host: string | undefined): GuidanceEntry | undefined {
  const h = host?.trim().toLowerCase().replace(/\.$/, '')
  if (!h) return undefined
  let best: { entry: GuidanceEntry; length: number } | undefined
  for (const entry of GUIDANCE_TABLE) {
    for (const suffix of entry.smtpHostSuffixes) {
      const matches = h === suffix || h.endsWith(`.${suffix}`)
      if (matches && suffix.length > (best?.length ?? 0)) best = { entry, length: suffix.length }
    }
  }
  return best?.entry
}

/**
 * Sign-in guidance for the credentials step. Looks the provider up by discovery's id first, then by
 * the SMTP host typed (the most specific hint left), then by the inbox type; otherwise generic advice.
 */
export function credentialGuidance(input: GuidanceInput): CredentialGuidance {
  const entry = byId(input.providerId) ?? bySmtpHost(input.smtpHost) ?? byId(input.inboxType && INBOX_TYPE_PROVIDER[input.inboxType])
  if (entry) return toGuidance(entry)
  const name = input.providerName?.trim()
  return name ? { ...GENERIC_GUIDANCE, providerName: name } : GENERIC_GUIDANCE
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-12" → "December 2026" (fixed English, so the panel reads the same on every machine). */
export function checkedOnLabel(checkedOn: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(checkedOn)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && month ? `${month} ${match[1]}` : checkedOn
}

/**
 * The exact https hosts the guidance links point at (provider account and help pages): the desktop
 * shell adds these, and only these, to the hosts it lets open in the operator's browser.
 */
export const GUIDANCE_LINK_HOSTS: readonly string[] = [
  ...new Set([...GUIDANCE_TABLE, GENERIC_GUIDANCE].flatMap((g) => g.links.map((l) => new URL(l.url)).filter((u) => u.protocol === 'https:').map((u) => u.hostname)))
].sort()
