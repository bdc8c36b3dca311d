import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { type SandboxHandle, type SandboxOptions, startSandbox } from '../../src/sandbox'
import type { SandboxState } from '../../src/sandbox/store/state'
import { type ApiResponse, call } from './helpers'

/** Generous limits so polling tests never meet a 429. */
export const NO_RATE_LIMIT = { perMinute: 100_000, perHour: 1_000_000 }

/** The documented "individual lead" keys, in order (L3 response, L5 items). */
export const LEAD_KEYS = [
  'lead_id', 'batch_id', 'email', 'first_name', 'last_name', 'company', 'status', 'last_contacted_at', 'opened_at',
  'replied_at', 'created_at', 'custom_fields', 'sequence_step', 'email_opened', 'email_replied', 'unsubscribed'
]

/** A loose lead body for assertions. */
export type LeadBody = Record<string, unknown> & { lead_id: string; email: string; status: string }

/** The L2 body, typed loosely. */
export type ProgressBody = Record<string, unknown> & {
  status: string
  progress_percentage: number
  processed_count: number
  success_count: number
  duplicate_count: number
  error_count: number
  total_count: number
  errors: Array<{ row: number; email: string | null; error: string }>
}

// An empty sandbox (no demo data, no rate-limit worries) with one full-access key.
export async function startEmpty(opts: SandboxOptions = {}): Promise<{ sandbox: SandboxHandle; key: string }> {
  const sandbox = await startSandbox({ dataDir: null, seed: false, rateLimit: NO_RATE_LIMIT, ...opts })
  return { sandbox, key: sandbox.issueKey({ scopes: ['*'], name: 'leads test' }) }
}

// Creates a DRAFT campaign and returns its id.
export async function newCampaign(sandbox: SandboxHandle, key: string, name = 'Leads test campaign'): Promise<string> {
  const res = await call(sandbox, '/campaigns', { key, json: { name } })
  expect(res.status).toBe(201)
  return (res.body as { campaign_id: string }).campaign_id
}

// Adds one lead through L3 and returns the response.
export function addLead(sandbox: SandboxHandle, key: string, campaignId: string, lead: unknown): Promise<ApiResponse> {
  return call(sandbox, `/campaigns/${campaignId}/leads/manual`, { key, json: lead })
}

/** What to put in an upload form; a missing entry leaves that part out. */
export interface UploadParts {
  file?: Blob | string
  mapping?: unknown
  fileName?: string
}

// POSTs an L1 multipart form (mapping objects are sent as JSON text, strings as given).
export async function upload(sandbox: SandboxHandle, key: string, campaignId: string, parts: UploadParts): Promise<ApiResponse> {
  const form = new FormData()
  if (parts.file !== undefined) {
    const blob = typeof parts.file === 'string' ? new Blob([parts.file], { type: 'text/csv' }) : parts.file
    form.append('file', blob, parts.fileName ?? 'leads.csv')
  }
  if (parts.mapping !== undefined) form.append('mapping', typeof parts.mapping === 'string' ? parts.mapping : JSON.stringify(parts.mapping))
  const res = await fetch(`${sandbox.baseUrl}/campaigns/${campaignId}/leads`, { method: 'POST', headers: { 'X-API-Key': key }, body: form })
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown }
}

// Reads L2 for a job.
export async function progress(sandbox: SandboxHandle, key: string, campaignId: string, jobId: string): Promise<ProgressBody> {
  const res = await call(sandbox, `/campaigns/${campaignId}/leads/upload/${jobId}`, { key })
  expect(res.status).toBe(200)
  return res.body as ProgressBody
}

// Polls L2 until the job finishes, returning every body seen. `between` lets time pass between polls: a
// 100 ms sleep by default, or a manual clock's advance. Only a hang guard bounds it: jobs advance by elapsed time.
export async function pollUntilDone(
  sandbox: SandboxHandle,
  key: string,
  campaignId: string,
  jobId: string,
  between: () => unknown = () => new Promise((r) => setTimeout(r, 100))
): Promise<ProgressBody[]> {
  const seen: ProgressBody[] = []
  for (let polls = 0; polls < 1000; polls++) {
    const body = await progress(sandbox, key, campaignId, jobId)
    seen.push(body)
    if (body.status === 'COMPLETED' || body.status === 'FAILED') return seen
    await between()
  }
  throw new Error(`upload job ${jobId} not finished after 1000 polls: ${JSON.stringify(seen.at(-1))}`)
}

// Rewrites `<dataDir>/state.json` of a stopped sandbox (to plant leads in states the API cannot reach).
export async function editState(dataDir: string, edit: (state: SandboxState) => void): Promise<void> {
  const file = join(dataDir, 'state.json')
  const state = JSON.parse(await readFile(file, 'utf8')) as SandboxState
  edit(state)
  await writeFile(file, JSON.stringify(state))
}
