import type { SandboxState } from '../../store/state'
import type { SenderAccountRecord } from './record'

// The stored inbox with this (canonical) id.
export function findInbox(state: SandboxState, inboxId: string): SenderAccountRecord | undefined {
  return state.sender_accounts.find((a) => a.inbox_id === inboxId)
}

// Whether an inbox already uses this address (case-insensitive, like the real uniqueness check is assumed to be).
export function emailTaken(state: SandboxState, email: string): boolean {
  const wanted = email.toLowerCase()
  return state.sender_accounts.some((a) => a.email_address.toLowerCase() === wanted)
}

// Names of the campaigns that have this inbox assigned (any status): deleting it is refused while any exist.
export function campaignsUsing(state: SandboxState, inboxId: string): string[] {
  return state.campaigns.filter((c) => c.inboxes.some((i) => i.inbox_id === inboxId)).map((c) => c.name)
}

// Removes an inbox from the store; returns whether it was there.
export function removeInbox(state: SandboxState, inboxId: string): boolean {
  const index = state.sender_accounts.findIndex((a) => a.inbox_id === inboxId)
  if (index === -1) return false
  state.sender_accounts.splice(index, 1)
  return true
}
