/** What an operation acts on, as shown to the operator (`Not found: sender account`). */
export type ResourceName = 'campaign' | 'lead' | 'sender account' | 'lead upload job' | 'bulk job' | 'domain' | 'reply thread'

/** What an operation does, enough to tell which errors it can meet. */
export type OperationAction =
  | 'list' | 'get' | 'create' | 'update' | 'launch' | 'delete' | 'pause' | 'activate' | 'test' | 'progress' | 'stats' | 'other'

/** An operation name read as resource + action + whether it is a bulk job. */
export interface OperationFacts {
  resource: ResourceName | null
  action: OperationAction
  bulk: boolean
}

const DOMAINS: Record<string, ResourceName> = {
  campaigns: 'campaign',
  leads: 'lead',
  senders: 'sender account',
  senderaccounts: 'sender account',
  sender_accounts: 'sender account',
  inboxes: 'sender account',
  domains: 'domain',
  replies: 'reply thread'
}

// First match wins: `bulkDeleteProgress` is progress, `uploadLeads` is create, `testEmail` is test.
const ACTIONS: ReadonlyArray<[RegExp, OperationAction]> = [
  [/progress|job|status$/, 'progress'],
  [/delete|remove/, 'delete'],
  [/launch/, 'launch'],
  [/pause/, 'pause'],
  [/activate|resume/, 'activate'],
  [/test/, 'test'],
  [/create|add|upload|import|manual/, 'create'],
  [/update|edit|set|save|patch|assign/, 'update'],
  [/stats|health|timeline|analytics/, 'stats'],
  [/list|search|all/, 'list'],
  [/get|detail|show|one|read/, 'get']
]

/**
 * Reads `campaigns.update`, `senders.bulkCreate`, `leads.uploadProgress` … by name alone, so error
 * mapping keeps working as operations are added to the contract (no import of the contract table).
 */
export function describeOperation(operation: string): OperationFacts {
  const dot = operation.indexOf('.')
  const domain = (dot < 0 ? operation : operation.slice(0, dot)).toLowerCase().replace(/-/g, '_')
  const verb = (dot < 0 ? '' : operation.slice(dot + 1)).toLowerCase()
  let resource: ResourceName | null = DOMAINS[domain] ?? DOMAINS[domain.replace(/_/g, '')] ?? null
  const action = ACTIONS.find(([pattern]) => pattern.test(verb))?.[1] ?? 'other'
  if (action === 'progress' && resource === 'lead') resource = 'lead upload job'
  if (action === 'progress' && resource === 'sender account') resource = 'bulk job'
  return { resource, action, bulk: verb.includes('bulk') }
}
