/**
 * Operation and event names, free of zod so the sandboxed preload can bundle them with nothing else.
 * operations.ts and events.ts must define a row for exactly these names (checked at compile time).
 */
export const OPERATION_NAMES = [
  'app.info',
  'profiles.list',
  'profiles.save',
  'profiles.remove',
  'profiles.activate',
  'profiles.test',
  'profiles.restoreSandbox',
  'secrets.allowWeakerStorage',
  'errorLog.query',
  'errorLog.export',
  'errorLog.import',
  'errorLog.get',
  'errorLog.groups',
  'errorLog.info',
  'errorLog.clear',
  'mail.discover',
  'mail.deliverability',
  'mail.check',
  'campaigns.list',
  'campaigns.create',
  'campaigns.get',
  'campaigns.update',
  'campaigns.pause',
  'campaigns.activate',
  'campaigns.resume',
  'campaigns.delete',
  'leads.add',
  'leads.list',
  'leads.get',
  'leads.delete',
  'leads.bulkDelete',
  'leads.stats',
  'leads.upload',
  'leads.uploadStatus',
  'senders.create',
  'senders.bulkCreate',
  'senders.bulkCreateStatus',
  'senders.list',
  'senders.get',
  'senders.delete',
  'senders.bulkDelete',
  'senders.bulkDeleteStatus',
  'senders.pause',
  'senders.resume',
  'senders.testEmail',
  'senders.health',
  'analytics.campaigns',
  'analytics.timeline'
] as const

/** Every operation name, e.g. `campaigns.create`. */
export type OperationName = (typeof OPERATION_NAMES)[number]

/** Every push event name. */
export const EVENT_NAMES = ['profiles.changed', 'rateLimit.state', 'mail.check.step'] as const

/** A push event name. */
export type EventName = (typeof EVENT_NAMES)[number]

/** True when `name` is in the contract; guards every adapter before the core is asked. */
export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (OPERATION_NAMES as readonly string[]).includes(name)
}

/** True when `name` is a known push event. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}
