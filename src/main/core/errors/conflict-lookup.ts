import type { AppError, ExistingResource } from '../../../shared/contract/app-error'

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
