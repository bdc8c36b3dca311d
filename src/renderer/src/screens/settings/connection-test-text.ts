import type { ConnectionTestResult } from '../../../../shared/contract/profiles'

/**
 * Headline and one-line fix for each "Test connection" outcome. Each pair must agree with the core's
 * message for that status (test/core/connection-verdicts.test.ts checks them together).
 */
export const CONNECTION_TEST_TEXT: Record<ConnectionTestResult['status'], { title: string; fix: string }> = {
  ok: { title: 'Connected', fix: 'The key works; this profile is ready to use.' },
  missing_key: {
    title: 'No API key',
    fix: 'Paste a cs_live_ key from the ColdSend dashboard (Settings › API Keys). If one is set, check that no proxy drops the X-API-Key header.'
  },
  invalid_key: {
    title: 'API key invalid or revoked',
    fix: 'Create a new key in the ColdSend dashboard (Settings › API Keys) and paste it here; revoked keys cannot be restored.'
  },
  missing_scopes: {
    title: 'API key is missing scopes',
    fix: 'Everything else works. To use all of the console, create a key that also has the scopes listed here (or campaigns:all, leads:all, sender_accounts:all), then paste it here.'
  },
  unreachable: {
    title: 'Server unreachable',
    fix: 'Check the Base URL (it normally ends with /api/public/v1), your network, VPN or proxy.'
  },
  local_server_down: {
    title: 'Local server not running',
    fix: 'For the built-in Sandbox profile, restart the console; for a sandbox from npm run sandbox, start it again and check the port in the Base URL.'
  },
  not_coldsend_api: {
    title: 'Not the ColdSend API',
    fix: 'Use the API address, which ends with /api/public/v1 (for example https://api.coldsend.pro/api/public/v1).'
  },
  server_error: {
    title: 'The server answered with an error',
    fix: 'Try the test again in a minute. If it keeps failing, ColdSend may have a problem; the error log has the request ID for support.'
  },
  bad_base_url: {
    title: 'Base URL not usable',
    fix: 'Use https:// and the full API address, for example https://api.coldsend.pro/api/public/v1.'
  }
}
