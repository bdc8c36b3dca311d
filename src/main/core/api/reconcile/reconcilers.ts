import type { ApiBinding } from '../../../../shared/contract/operations'
import { campaignReconciler } from './campaign-reconciler'
import { senderReconciler } from './sender-reconciler'
import type { Reconciler } from './types'

const TABLE: Readonly<Record<string, Reconciler>> = {
  'POST /campaigns': campaignReconciler,
  'POST /sender-accounts/smtp': senderReconciler,
  'POST /sender-accounts': senderReconciler
}

/**
 * The reconciler for a create, chosen by method + path (not by operation name, so renamed or legacy
 * rows still get one); null for writes that have none (their lost answers stay "unknown").
 */
export function reconcilerFor(binding: Pick<ApiBinding, 'method' | 'path'>): Reconciler | null {
  return TABLE[`${binding.method} ${binding.path}`] ?? null
}
