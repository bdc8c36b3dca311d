import type { AppError, ExistingResource } from '../../../shared/contract/app-error'
import { describeOperation } from './operation-facts'

/** How to find the resource a 409 collided with: today only sender accounts, by email address. */
export interface ConflictLookup {
  resource: 'sender account'
  email: string
}

/**
 * Says whether a 409 (or an unknown_outcome being reconciled) on `operation` needs an
 * existing-resource lookup, and by what: a single sender-account create → its `email_address`.
 */
export function conflictLookup(operation: string, input: unknown): ConflictLookup | null {
  const op = describeOperation(operation)
  if (op.resource !== 'sender account' || op.action !== 'create' || op.bulk) return null
  if (input === null || typeof input !== 'object') return null
  const email = (input as { email_address?: unknown; email?: unknown }).email_address ?? (input as { email?: unknown }).email
  return typeof email === 'string' && email.includes('@') ? { resource: 'sender account', email: email.trim().toLowerCase() } : null
}

function firstString(record: Record<string, unknown>, keys: readonly string[], max: number): string | undefined {
  for (const key of keys) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return value.slice(0, max)
  }
  return undefined
}

/** Keeps only the identifying fields of a server record (id, email, name, status); nothing else may cross. */
export function summariseExisting(record: unknown): ExistingResource | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return null
  const r = record as Record<string, unknown>
  const summary: ExistingResource = {}
  const id = firstString(r, ['inbox_id', 'id', 'campaign_id', 'lead_id'], 200)
  const email = firstString(r, ['email_address', 'email', 'inbox_email'], 320)
  const name = firstString(r, ['display_name', 'name'], 300)
  const status = firstString(r, ['overall_status', 'status'], 50)
  if (id) summary.id = id
  if (email) summary.email = email
  if (name) summary.name = name
  if (status) summary.status = status
  return Object.keys(summary).length > 0 ? summary : null
}

/** Returns the conflict error with the looked-up resource attached (summarised); other kinds pass through. */
export function attachExisting(error: AppError, record: unknown): AppError {
  if (error.kind !== 'conflict') return error
  const existing = summariseExisting(record)
  return existing ? { ...error, existing } : error
}
