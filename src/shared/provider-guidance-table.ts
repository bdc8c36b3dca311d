/** A help page the operator can open beside the wizard. */
export interface GuidanceLink {
  label: string
  url: string
}

/** What the Add-inbox wizard tells the operator about signing in to one provider. */
export interface CredentialGuidance {
  /** The table key (a provider id from discovery, or `generic`). */
  id: string
  providerName: string
  summary: string
  /** Numbered steps; text between backticks is a command or setting to type, shown as code. */
  steps: string[]
  links: GuidanceLink[]
  /** True when the normal account password is refused and an app password must be created. */
  needsAppPassword: boolean
  /** Said next to the IMAP password when the IMAP sign-in differs from the SMTP one (or cannot work). */
  imapPasswordDiffers?: string
  /** When these facts were last checked against the provider's own pages, as YYYY-MM. */
  checkedOn: string
}

/** One table row: the guidance plus the SMTP host suffixes that identify the provider without discovery. */
export interface GuidanceEntry extends CredentialGuidance {
  smtpHostSuffixes: string[]
}

const CHECKED = '2026-12'

/**
 * Provider sign-in facts as of December 2026, keyed by the discovery table's ids
 * (src/main/core/mail-discovery/providers.ts). Re-check each row when a provider changes its rules
 * and update its `checkedOn`.
 */
export const GUIDANCE_TABLE: readonly GuidanceEntry[] = [
  {
    id: 'google',
    providerName: 'Google Workspace / Gmail',
    summary:
      'Google does not let mail apps sign in with the normal account password. Create an app password — it needs 2-Step Verification on the account — and use it for both SMTP and IMAP.',
    steps: [
      'Turn on 2-Step Verification for the account (Google Account → Security → 2-Step Verification).',
      'Open the App passwords page, name the password "ColdSend" and create it.',
      'Copy the 16-letter password. Google shows it as four groups of four letters with spaces; paste it as shown, the console removes the spaces.',
      'Use the full email address as the username for SMTP and IMAP.',
      'Personal Gmail always has IMAP on. In Google Workspace an administrator can switch IMAP off (Admin console → Apps → Google Workspace → Gmail → End User Access → POP and IMAP access); ask them to allow it if the IMAP test is refused.',
      'If the App passwords page says the setting is not available, 2-Step Verification is off, or a Workspace administrator blocks app passwords and less secure access for your organisation: ask them to allow it.'
    ],
    links: [
      { label: 'Google: create an app password', url: 'https://myaccount.google.com/apppasswords' },
      { label: 'Google: sign in with app passwords (help)', url: 'https://support.google.com/accounts/answer/185833' },
      { label: 'Google Workspace admins: control access to less secure apps', url: 'https://support.google.com/a/answer/6260879' }
    ],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['gmail.com', 'google.com', 'googlemail.com']
  },
  {
    id: 'microsoft365',
    providerName: 'Microsoft 365',
    summary:
      'Microsoft 365 accepts a password only where an administrator has allowed it, and is retiring it. SMTP AUTH (authenticated client submission) is off by default for every organisation and mailbox, and Exchange Online already refuses passwords for IMAP. Microsoft’s plan, as updated in January 2026: from the end of December 2026 Basic authentication (a plain password) for SMTP AUTH is off by default for existing organisations — an administrator can turn it back on until a final removal date Microsoft will announce in the second half of 2027 — and organisations created after that get OAuth only. Where it is off, password sign-in fails.',
    steps: [
      'An administrator turns SMTP AUTH on for the organisation: Exchange admin center → Settings → Mail flow → clear "Turn off SMTP AUTH protocol for your organization" (in PowerShell: `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`).',
      'And for this mailbox: Microsoft 365 admin center → Users → Active users → the user → Mail → Manage email apps → tick Authenticated SMTP. In PowerShell: `Set-CASMailbox -Identity <address> -SmtpClientAuthenticationDisabled $false`',
      'Security defaults in Microsoft Entra ID block SMTP AUTH whatever the switches say; the administrator must replace them with Conditional Access policies.',
      'Changes can take up to an hour to apply. Use the full mailbox address as the username.',
      'If the test reports that Basic authentication is disabled for the organisation, only an administrator can allow it again, and only until Microsoft’s final removal date; after that this mailbox cannot sign in with a password.'
    ],
    links: [
      {
        label: 'Microsoft: enable or disable SMTP AUTH in Exchange Online',
        url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission'
      },
      {
        label: 'Microsoft: deprecation of Basic authentication in Exchange Online',
        url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online'
      }
    ],
    needsAppPassword: false,
    imapPasswordDiffers:
      'Exchange Online has refused passwords for IMAP since Microsoft switched off Basic authentication for it in 2022, so the IMAP test fails with any password; only OAuth can read this mailbox.',
    checkedOn: CHECKED,
    smtpHostSuffixes: ['office365.com', 'outlook.com']
  },
  {
    id: 'outlook',
    providerName: 'Outlook.com / Hotmail',
    summary:
      'Personal Outlook.com, Hotmail, Live and MSN accounts refuse the account password for mail apps. Since 16 September 2024 Microsoft requires modern authentication (OAuth) for them in other apps, so password sign-in is usually refused; an app password with two-step verification is the only password worth trying.',
    steps: [
      'Turn on two-step verification: account.microsoft.com → Security → Advanced security options.',
      'On the same page, under App passwords, create a new app password and paste it here.',
      'Use the full Outlook.com address as the username for SMTP and IMAP.',
      'If the test is refused with a correct app password, the account only accepts OAuth sign-in and cannot be connected with a password: use a mailbox on another provider or your own domain.'
    ],
    links: [{ label: 'Microsoft account: security settings', url: 'https://account.microsoft.com/security' }],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['smtp-mail.outlook.com']
  },
  {
    id: 'yahoo',
    providerName: 'Yahoo Mail',
    summary: 'Yahoo refuses the account password for mail apps. Generate an app password and use it for both SMTP and IMAP.',
    steps: [
      'Sign in to Yahoo and open Account info → Account security.',
      'Under "External connections" choose "Generate app password" (called "Create app password" on newer pages), name it "ColdSend" and generate it.',
      'Yahoo only offers app passwords in a browser you have signed in with for several days; if the option is refused, try again from your usual browser.',
      'Paste the password here (spaces are removed) and use the full Yahoo address as the username.'
    ],
    links: [
      { label: 'Yahoo: account security', url: 'https://login.yahoo.com/account/security' },
      { label: 'Yahoo: generate and manage app passwords (help)', url: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html' }
    ],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['mail.yahoo.com']
  },
  {
    id: 'aol',
    providerName: 'AOL Mail',
    summary: 'AOL refuses the account password for mail apps. Generate an app password and use it for both SMTP and IMAP.',
    steps: [
      'Sign in to AOL and open Account info → Account security.',
      'Choose "Generate app password", name it "ColdSend" and generate it.',
      'Paste the password here and use the full AOL address as the username.'
    ],
    links: [{ label: 'AOL: account security', url: 'https://login.aol.com/account/security' }],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['aol.com']
  },
  {
    id: 'icloud',
    providerName: 'iCloud Mail',
    summary:
      'iCloud Mail needs an app-specific password (two-factor authentication on the Apple Account), not the Apple Account password. The SMTP username is the full iCloud address.',
    steps: [
      'Sign in at account.apple.com and open Sign-In and Security → App-Specific Passwords.',
      'Generate a password named "ColdSend" and paste it here; the same password works for SMTP and IMAP.',
      'SMTP username: the full iCloud address (name@icloud.com), even when you send from a custom domain through iCloud+.',
      'IMAP username: the iCloud address too (Apple also accepts the part before the @).'
    ],
    links: [
      { label: 'Apple Account: sign-in and security', url: 'https://account.apple.com' },
      { label: 'Apple: app-specific passwords (help)', url: 'https://support.apple.com/en-us/102654' }
    ],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['mail.me.com']
  },
  {
    id: 'fastmail',
    providerName: 'Fastmail',
    summary: 'Fastmail never accepts the account password in mail apps, with or without two-step verification. Create an app password whose access includes mail (IMAP and SMTP).',
    steps: [
      'In Fastmail open Settings → Privacy & Security → Integrations (Manage app passwords and access) → New app password.',
      'Keep an access choice that includes mail — the default "Mail, Contacts & Calendars" covers IMAP, POP and SMTP — name it "ColdSend" and generate it.',
      'Paste it here and use the full Fastmail address as the username.',
      'Fastmail’s Basic plan has no IMAP or SMTP access for other apps: the account needs a higher plan.'
    ],
    links: [{ label: 'Fastmail: app passwords (help)', url: 'https://www.fastmail.com/help/clients/apppassword.html' }],
    needsAppPassword: true,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['fastmail.com']
  },
  {
    id: 'zoho',
    providerName: 'Zoho Mail',
    summary:
      'Zoho accepts the account password unless two-factor authentication is on; then it needs an application-specific password. IMAP access must be switched on in Zoho Mail first.',
    steps: [
      'In Zoho Mail open Settings → Mail Accounts → IMAP and tick IMAP Access.',
      'If two-factor authentication is on: accounts.zoho.com → Security → App Passwords → Generate New Password, and paste that here.',
      'Use the server for your data centre (zoho.com, zoho.eu, zoho.in…): the one your domain’s MX records point to.'
    ],
    links: [
      { label: 'Zoho: enable IMAP access (help)', url: 'https://www.zoho.com/mail/help/imap-access.html' },
      { label: 'Zoho accounts: security', url: 'https://accounts.zoho.com' }
    ],
    needsAppPassword: false,
    imapPasswordDiffers: 'With two-factor authentication on, Zoho lets you create one app password per app; use the same one for SMTP and IMAP or enter each here.',
    checkedOn: CHECKED,
    smtpHostSuffixes: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp']
  },
  {
    id: 'gmx',
    providerName: 'GMX',
    summary: 'GMX turns off access for mail apps until you allow it. With two-factor authentication on, it needs an app-specific password.',
    steps: [
      'In GMX webmail open Settings (E-mail settings) → POP3 & IMAP and allow access via POP3 and IMAP.',
      'If two-factor authentication is on, create an application-specific password in the account security settings and paste it here.',
      'Use the full GMX address as the username.'
    ],
    links: [],
    needsAppPassword: false,
    checkedOn: CHECKED,
    smtpHostSuffixes: ['gmx.net', 'gmx.com']
  }
]

/** Discovery ids that share another id's guidance (gmx.com accounts follow the same rules as gmx.net). */
export const GUIDANCE_ALIASES: Readonly<Record<string, string>> = { 'gmx-com': 'gmx' }

/** The fallback when the provider is unknown: what usually goes wrong with hosted mail. */
export const GENERIC_GUIDANCE: CredentialGuidance = {
  id: 'generic',
  providerName: 'your mail provider',
  summary: 'Use the mailbox’s own sign-in details from your mail provider — not the hosting control-panel or domain registrar login.',
  steps: [
    'Use the full email address as the username unless your provider documents another one.',
    'Use the mailbox password. If the account has two-step or two-factor verification on, create an app password in its security settings instead.',
    'Take the SMTP and IMAP host names from your provider’s "mail client settings" page.'
  ],
  links: [],
  needsAppPassword: false,
  imapPasswordDiffers: 'Some hosts give the receiving (IMAP) login its own password. If the IMAP test is refused while SMTP signs in, enter the IMAP password separately.',
  checkedOn: CHECKED
}
