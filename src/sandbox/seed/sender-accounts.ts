import type { SenderAccountRecord } from '../resources/sender-accounts/record'
import type { Prng } from '../store/prng'

// Demo inboxes of each type in several statuses.
export function seedSenderAccounts(_rng: Prng, _now: Date): SenderAccountRecord[] {
  return []
}
