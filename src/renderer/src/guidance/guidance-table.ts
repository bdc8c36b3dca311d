import type { GuidanceId } from '../../../shared/contract/app-error'

/** A fix recipe: what to do, in the order to do it. */
export interface Guidance {
  title: string
  steps: readonly string[]
}

/** Every guidance id the core can send, turned into steps an operator can follow (design §3). */
export const GUIDANCE: Record<GuidanceId, Guidance> = {
  'fix-fields': { title: 'Fix the highlighted fields', steps: ['Correct each field marked in the form; the message under it says what is expected.', 'Submit again — nothing you typed was lost.'] },
  'fix-request': { title: 'Change the request', steps: ['Read the explanation above; it is the API’s own reason.', 'Change what it names and try again.'] },
  'add-api-key': { title: 'Add an API key', steps: ['Open Settings and edit the active profile.', 'Paste a cs_live_ key from the ColdSend dashboard (Settings › API Keys) and save.'] },
  'replace-api-key': { title: 'Replace the API key', steps: ['The key is unknown or was revoked; revoked keys cannot be restored.', 'Create a new key in the ColdSend dashboard (Settings › API Keys).', 'Open Settings, edit the profile and paste the new key.'] },
  'check-key-delivery': { title: 'The key did not arrive', steps: ['The console sent the key, but ColdSend says none arrived: a proxy or redirect on the way dropped the X-API-Key header.', 'Check the profile’s Base URL in Settings (use the final https:// address) and any proxy, then retry.'] },
  'grant-scopes': { title: 'Use a key with the missing scopes', steps: ['In the ColdSend dashboard, create a key that includes the required scopes listed here.', 'Paste the new key into this profile in Settings, then try again.'] },
  'pick-existing-resource': { title: 'Pick an item that exists', steps: ['It may have been deleted, or it belongs to another team — or the active profile’s key is for a different account than the one the item is in.', 'Reload the list and choose an item from it, or switch profile in Settings.'] },
  'refresh-list': { title: 'Reload the list', steps: ['The item was changed or removed elsewhere.', 'Reload the list, then try again.'] },
  'resolve-conflict': { title: 'It already exists', steps: ['Something with these values already exists.', 'Use the existing one, or change the value that must be unique.'] },
  'wait-rate-limit': { title: 'Wait for the rate limit', steps: ['ColdSend allows 100 requests per minute and 1,000 per hour, shared by all endpoints.', 'Wait until the time shown, then retry.'] },
  'retry-later': { title: 'Try again shortly', steps: ['ColdSend had a problem on its side; your input is not the cause.', 'Retry in a minute. If it keeps failing, send the request ID below to ColdSend support.'] },
  'check-network': { title: 'Check the connection', steps: ['Check your network, VPN or proxy.', 'Check the profile’s Base URL in Settings, then retry.'] },
  'restart-console': { title: 'Bring the console back', steps: ['This page talks to the console running on this computer, and it stopped answering; your network is not the cause.', 'If the console was closed or its terminal stopped, start it again (npm run start:web) and open the address it prints; otherwise the page reconnects by itself.'] },
  'start-local-server': { title: 'Start the local server', steps: ['The Base URL points to this computer (127.0.0.1, ::1 or localhost) and nothing answers there: the local server is probably not running.', 'Built-in Sandbox profile: restart the console, which starts its sandbox again.', 'A sandbox started with npm run sandbox: start it again, and check that the port in the Base URL is the one it printed.'] },
  'check-base-url': { title: 'Check the Base URL', steps: ['Open Settings and check the profile’s Base URL; it normally ends with /api/public/v1.', 'Use https:// (plain http:// only for 127.0.0.1 or localhost).'] },
  'check-certificate': { title: 'Check the secure connection', steps: ['The server’s TLS certificate was not accepted (expired, self-signed or for another host name).', 'Check that the Base URL uses the exact host name of the API, and that no proxy intercepts HTTPS.'] },
  'check-before-resending': { title: 'Check before sending again', steps: ['The request may have reached ColdSend even though no answer came back.', 'Reload the list and look for it before sending again, so nothing is created twice.'] },
  'pause-then-edit': { title: 'Pause the campaign first', steps: ['Active campaigns cannot be modified.', 'Pause the campaign, make the change, then resume it.'] },
  'resume-campaign': { title: 'Resume instead of launching', steps: ['Only DRAFT campaigns can be launched; a PAUSED campaign is resumed.', 'Use Resume on the campaign.'] },
  'create-new-campaign': { title: 'Start a new campaign', steps: ['A finished campaign cannot be changed any more.', 'Create a new campaign (you can reuse its settings) and launch that one.'] },
  'complete-launch-requirements': { title: 'Complete the launch requirements', steps: ['Add leads, assign at least one inbox and make variant distribution total 100%.', 'Then launch again.'] },
  'fix-distribution': { title: 'Fix the variant distribution', steps: ['The distribution percentages of all variants must add up to exactly 100.'] },
  'fix-connection': { title: 'Fix the inbox connection', steps: ['Check that SMTP/IMAP hosts and ports match your provider’s settings.', 'Use an app password where the provider requires one.'] },
  'unassign-inbox': { title: 'Free the inbox first', steps: ['The inbox is assigned to a campaign.', 'Remove it from that campaign (or delete the campaign), then try again.'] },
  'pause-then-delete': { title: 'Pause the campaign before deleting it', steps: ['Only DRAFT or PAUSED campaigns can be deleted.', 'Pause the campaign, then delete it.'] },
  'lead-not-deletable': { title: 'This lead can no longer be deleted', steps: ['Only PENDING leads (not contacted yet) can be deleted.', 'Reload the lead list to see its current status.'] },
  'choose-profile': { title: 'Choose a connection profile', steps: ['Open Settings and add or activate a profile.', 'The built-in Sandbox profile works without a ColdSend account.'] },
  'report-bug': { title: 'This is a console problem', steps: ['Your input is not the cause; retrying may work.', 'If it happens again, report it with the details below.'] }
}
