import type { DiscoveryCandidate } from '../../../shared/contract/mail-discovery'
import type { InboxType } from './providers'
import type { MxFingerprint } from './source-mx'

const TYPE_NAMES: Record<InboxType, string> = {
  GOOGLE_WORKSPACE: 'Google Workspace',
  OUTLOOK_365: 'Microsoft 365 / Outlook',
  CUSTOM_SMTP: 'Custom SMTP'
}

/**
 * Warnings when what the operator picked, or what the chosen settings say, disagrees with the MX fingerprint
 * ("You picked Google Workspace, but this domain's mail is handled by Microsoft 365").
 */
export function mismatchWarnings(
  email: string,
  chosen: DiscoveryCandidate,
  fingerprint: MxFingerprint | undefined,
  picked: InboxType | undefined
): string[] {
  const warnings: string[] = []
  if (fingerprint && chosen.source !== 'mx' && chosen.inboxType !== fingerprint.provider.inboxType) {
    warnings.push(`Settings came from ${chosen.source}, but MX ${fingerprint.mxHost} says the mail is handled by ${fingerprint.provider.name}.`)
  }
  if (!picked) return warnings
  if (fingerprint && picked !== fingerprint.provider.inboxType) {
    warnings.push(`You picked ${TYPE_NAMES[picked]}, but this domain's mail is handled by ${fingerprint.provider.name} (MX ${fingerprint.mxHost}).`)
  } else if (!fingerprint && picked !== chosen.inboxType && chosen.source !== 'guess') {
    warnings.push(`You picked ${TYPE_NAMES[picked]}, but ${email} looks like ${chosen.provider ?? TYPE_NAMES[chosen.inboxType]}.`)
  }
  return warnings
}
