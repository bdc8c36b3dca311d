import type { ConnectionTestResult } from '../../../../shared/contract/profiles'

/** Headline and one-line fix for each "Test connection" outcome. */
export const CONNECTION_TEST_TEXT: Record<ConnectionTestResult['status'], { title: string; fix: string }> = {
  ok: { title: 'Connected', fix: 'The key works; this profile is ready to use.' },
  missing_key: { title: 'No API key', fix: 'Paste a cs_live_ key from the ColdSend dashboard (Settings › API Keys).' },
  invalid_key: {
    title: 'API key invalid or revoked',
    fix: 'Create a new key in the ColdSend dashboard (Settings › API Keys) and paste it here; revoked keys cannot be restored.'
  },
  missing_scopes: {
    title: 'API key is missing scopes',
    fix: 'Create a key that also has the scopes listed here (or campaigns:all), then paste it here.'
  },
  unreachable: {
    title: 'Server unreachable',
    fix: 'Check the Base URL (it normally ends with /api/public/v1), your network, VPN or proxy.'
  },
  bad_base_url: {
    title: 'Base URL not usable',
    fix: 'Use https:// and the full API address, for example https://api.coldsend.pro/api/public/v1.'
  }
}
