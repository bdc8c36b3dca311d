/** The cached reads an inbox change makes stale: the inbox list and detail, its health, and campaign details that list inboxes. */
export const INBOX_READS = ['senders.list', 'senders.get', 'senders.health', 'campaigns.get'] as const
