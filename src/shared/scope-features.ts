/**
 * The scopes the console's screens use, each with what stops working without it, in the words the
 * connection test and Settings show ("campaigns:create — creating campaigns"). One table: the core's
 * scope probe walks it and the renderer reads the same wording.
 */
export const SCOPE_FEATURES = {
  'campaigns:read': 'seeing campaigns, their statistics and analytics',
  'campaigns:create': 'creating campaigns',
  'campaigns:update': 'editing and launching campaigns',
  'campaigns:delete': 'deleting campaigns',
  'campaigns:pause': 'pausing campaigns',
  'campaigns:activate': 'resuming paused campaigns',
  'leads:read': 'seeing leads and lead upload progress',
  'leads:create': 'uploading and adding leads',
  'leads:delete': 'deleting leads',
  'sender_accounts:read': 'seeing sender inboxes and sending test emails',
  'sender_accounts:create': 'adding sender inboxes, pausing and resuming them',
  'sender_accounts:delete': 'removing sender inboxes'
} as const satisfies Record<string, string>

/** One scope the console uses. */
export type ConsoleScope = keyof typeof SCOPE_FEATURES

/** Every console scope, in the table's order (reads first within each resource). */
export const CONSOLE_SCOPES = Object.keys(SCOPE_FEATURES) as ConsoleScope[]

/** What does not work without `scope`; a scope outside the table gets a generic phrase, never nothing. */
export function scopeFeature(scope: string): string {
  return (SCOPE_FEATURES as Record<string, string>)[scope] ?? 'features of the console that need it'
}

/** "campaigns:create — creating campaigns", the one line per missing scope the console shows. */
export function scopeLimitation(scope: string): string {
  return `${scope} — ${scopeFeature(scope)}`
}
