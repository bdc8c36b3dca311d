// Public surface of mail discovery and deliverability checks for the core (no electron, no renderer).

/** Finds a mailbox's provider and SMTP/IMAP settings from its address. */
export { discoverMailSettings, InvalidEmailError, type DiscoverOptions } from './discover-mail-settings'
/** Checks the sender domain's SPF, DMARC, DKIM and MX at connect time. */
export { checkDeliverability, type DeliverabilityOptions } from './deliverability/check-deliverability'
/** The DNS port both use (configurable servers and timeouts). */
export { createDnsPort, DnsLookupError, type DnsPort, type DnsPortOptions, type MxHost, type SrvTarget } from './dns-port'
/** The bundled provider table and its lookups. */
export { PROVIDERS, providerByAddressDomain, providerByMxHost, providerBySmtpHost, type InboxType, type ProviderProfile } from './providers'
/** Production defaults for autoconfig and ISPDB locations. */
export { DEFAULT_ISPDB_BASE_URL, defaultAutoconfigUrls } from './source-autoconfig'
/** Names that never go to DNS (IP literals, localhost), for every lookup the wizard makes. */
export { addressesWithoutDns } from './literal-address'
