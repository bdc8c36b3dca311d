/** Public surface of mail discovery and deliverability checks for the core (no electron, no renderer). */
export { discoverMailSettings, InvalidEmailError, type DiscoverOptions } from './discover-mail-settings'
export { checkDeliverability, type DeliverabilityOptions } from './deliverability/check-deliverability'
export { createDnsPort, DnsLookupError, type DnsPort, type DnsPortOptions, type MxHost, type SrvTarget } from './dns-port'
export { PROVIDERS, providerByAddressDomain, providerByMxHost, providerBySmtpHost, type InboxType, type ProviderProfile } from './providers'
export { DEFAULT_ISPDB_BASE_URL, defaultAutoconfigUrls } from './source-autoconfig'
