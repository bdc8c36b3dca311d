import { describeOperation } from './operation-facts'

/** Said whenever a create certainly did not apply, so the operator knows a retry cannot duplicate anything. */
export const NOTHING_CREATED = 'Nothing was created; it is safe to try again.'

/** True for operations that create something (`campaigns.create`, `leads.add`, `senders.bulkCreate`, `leads.upload` …). */
export function isCreateOperation(operation: string): boolean {
  return describeOperation(operation).action === 'create'
}

/** `message` plus "Nothing was created…" for a create that certainly did not apply; other operations unchanged. */
export function withNothingCreated(message: string, operation: string): string {
  return isCreateOperation(operation) ? `${message} ${NOTHING_CREATED}` : message
}
