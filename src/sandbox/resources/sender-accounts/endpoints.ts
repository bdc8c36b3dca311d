import type { InboxEndpoints } from '../../mail/check-inbox'
import type { InboxSecrets } from './credentials'
import type { InboxSettings } from './record'

// The SMTP and IMAP sides of an inbox, ready for a real check or send.
export function endpointsOf(settings: InboxSettings, secrets: InboxSecrets): InboxEndpoints {
  return {
    smtp: {
      host: settings.smtp_host,
      port: settings.smtp_port,
      username: settings.smtp_username,
      password: secrets.smtp_password,
      encrypted: settings.smtp_use_tls
    },
    imap: {
      host: settings.imap_host,
      port: settings.imap_port,
      username: settings.imap_username,
      password: secrets.imap_password,
      encrypted: settings.imap_use_ssl
    }
  }
}

// Splits a validated S1 body into settings (storable as they are) and secrets (sealed before storing).
export function splitInput<T extends InboxSettings & InboxSecrets>(input: T): { settings: InboxSettings; secrets: InboxSecrets } {
  return {
    settings: {
      email_address: input.email_address,
      display_name: input.display_name,
      inbox_type: input.inbox_type,
      smtp_host: input.smtp_host,
      smtp_port: input.smtp_port,
      smtp_username: input.smtp_username,
      imap_host: input.imap_host,
      imap_port: input.imap_port,
      imap_username: input.imap_username,
      daily_limit: input.daily_limit,
      smtp_use_tls: input.smtp_use_tls,
      imap_use_ssl: input.imap_use_ssl
    },
    secrets: { smtp_password: input.smtp_password, imap_password: input.imap_password }
  }
}
