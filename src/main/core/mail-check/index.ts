// Inbox connection diagnostics: per-layer SMTP/IMAP checks with one real login, a failure classifier and fix cards.
export { DEFAULT_COOLDOWN_MS, classifyMailFailure, causeFromText, type ClassifyContext } from './classify'
export { FIX_CARDS, type FixCard, type FixId } from '../../../shared/mail-fix-cards'
export { DEFAULT_TIMEOUTS, nodeResolveMx, type ControlTarget, type MailCheckOptions, type MailCheckTimeouts } from './options'
export { STANDARD_PORTS, conventionalAlternative, probeAlternative, probeControlPort, probeEndpoint } from './probes'
export { passwordRedactor } from './redact'
export { collectMailCheck, runMailCheck } from './run-mail-check'
