import type { MailLookupSettings } from './core/handlers/mail-handlers'

/**
 * Mail lookup settings from the environment, for split-DNS networks and for end-to-end tests that
 * run their own DNS and autoconfig servers on 127.0.0.1:
 * `COLDSEND_DNS_SERVERS` (comma-separated `host[:port]`), `COLDSEND_ISPDB_URL` (`off` disables it),
 * `COLDSEND_AUTOCONFIG_URL` (a base URL the domain's autoconfig files are read from, instead of the domain's hosts),
 * `COLDSEND_MAIL_EXTRA_CA` (extra trusted root certificates, PEM text).
 */
export function mailLookupFromEnv(env: Record<string, string | undefined>): MailLookupSettings {
  const settings: MailLookupSettings = {}
  const servers = (env.COLDSEND_DNS_SERVERS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  if (servers.length > 0) settings.dnsServers = servers
  const ispdb = env.COLDSEND_ISPDB_URL?.trim()
  if (ispdb) settings.ispdbBaseUrl = ispdb === 'off' ? null : ispdb
  const autoconfig = env.COLDSEND_AUTOCONFIG_URL?.trim()
  if (autoconfig) settings.autoconfigUrls = (domain, email) => [`${autoconfig.replace(/\/$/, '')}/${encodeURIComponent(domain)}/config-v1.1.xml?emailaddress=${encodeURIComponent(email)}`]
  const ca = env.COLDSEND_MAIL_EXTRA_CA?.trim()
  if (ca) settings.ca = [ca]
  return settings
}
