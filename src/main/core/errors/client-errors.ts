import type { AppError } from '../../../shared/contract/app-error'
import { makeAppError } from './app-error-factory'
import { describeOperation, type OperationFacts, type ResourceName } from './operation-facts'
import type { ResponseFacts } from './response-facts'
import { bodyField, type FailureBody } from './response-body'
import { cleanServerText, type TextRedactor } from './server-text'

/** What the client-error builders share: the response facts, the server's words, the clock and the redactor. */
export interface ClientErrorInput {
  facts: ResponseFacts
  body: FailureBody
  /** The server's own words, already cleaned, or null. */
  words: string | null
  now: number
  redact?: TextRedactor
}

/**
 * 401: a missing key vs an invalid/revoked one. We know whether we sent a key; the wording
 * ("API key required" vs "Invalid or revoked") is only the hint for the rest.
 */
export function authError(input: ClientErrorInput, keySent: boolean): AppError {
  const w = input.words ?? ''
  const saysMissing = /\b(required|missing|not provided|no api key)\b/i.test(w) && !/\b(invalid|revoked|expired|malformed)\b/i.test(w)
  if (!keySent) {
    return makeAppError({ ...input.facts, kind: 'auth', reason: 'missing_key', guidance: 'add-api-key',
      message: 'This profile has no API key. Add one in Settings.' }, input.now)
  }
  if (saysMissing) {
    return makeAppError({ ...input.facts, kind: 'auth', reason: 'missing_key', guidance: 'check-key-delivery',
      message: 'ColdSend received no API key although the console sent one; something on the way (a proxy or redirect) dropped it.' }, input.now)
  }
  return makeAppError({ ...input.facts, kind: 'auth', reason: 'invalid_key', guidance: 'replace-api-key',
    message: 'ColdSend did not accept the API key: it is wrong, revoked or malformed.' }, input.now)
}

// A scope as ColdSend spells them: `campaigns:read`, `sender_accounts:all`, `*`.
const SCOPE = /^(?:[a-z][a-z_]*:[a-z_*]+|\*)$/

// Only things shaped like scopes cross: the lists come from the server and are shown verbatim.
function scopeList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.filter((v): v is string => typeof v === 'string').map((s) => s.trim()).filter((s) => s.length <= 100 && SCOPE.test(s)).slice(0, 50)
}

// G1 bodies name the scopes only in the words: "Missing API key scopes: campaigns:write".
function scopesInWords(words: string | null): string[] {
  const listed = words ? /\bscopes?\s*:\s*(.+)$/i.exec(words)?.[1] : undefined
  return listed ? listed.split(/[\s,]+/).map((s) => s.replace(/[.;]$/, '')).filter((s) => SCOPE.test(s)).slice(0, 50) : []
}

/** 403: which scopes were required and which the key has (body fields; the words or the operation's scope as fallback). */
export function forbiddenError(input: ClientErrorInput, scope: string | undefined): AppError {
  const bodyRequired = scopeList(bodyField(input.body, 'required'))
  const required = bodyRequired.length > 0 ? bodyRequired : scopesInWords(input.words)
  if (required.length === 0 && scope && SCOPE.test(scope)) required.push(scope)
  const granted = scopeList(bodyField(input.body, 'granted'))
  const message = required.length > 0
    ? `The API key lacks the scope${required.length > 1 ? 's' : ''} ${required.join(', ')}.`
    : input.words ?? 'The API key is not allowed to do this.'
  return makeAppError({ ...input.facts, kind: 'forbidden', required, granted, guidance: 'grant-scopes',
    message: cleanServerText(message, 2000, input.redact) }, input.now)
}

// The resource a 404's words name: "Campaign not found", "Sender account(s) not found", "Upload job not found".
const NAMED: ReadonlyArray<readonly [RegExp, ResourceName]> = [
  [/upload job/i, 'lead upload job'],
  [/bulk job|\bjob\b/i, 'bulk job'],
  [/sender account|inbox/i, 'sender account'],
  [/campaign/i, 'campaign'],
  [/\blead/i, 'lead'],
  [/domain/i, 'domain'],
  [/thread|repl/i, 'reply thread']
]

// Operations that address one existing thing (by id in the path): their 404 means "that thing is gone".
function targetsExisting(op: OperationFacts): boolean {
  if (op.resource === 'lead' || op.resource === 'lead upload job' || op.resource === 'bulk job') return true
  return ['get', 'update', 'launch', 'delete', 'pause', 'activate', 'test', 'progress'].includes(op.action) && !op.bulk
}

// Within lead operations the missing thing is the lead itself only for get/delete; else the campaign.
function inferredResource(op: OperationFacts): ResourceName | null {
  if (op.resource === 'lead' && op.action !== 'get' && op.action !== 'delete') return 'campaign'
  return op.resource
}

/**
 * 404: what is missing — named by the words when they say, else inferred from the operation. A 404
 * on an operation that addresses no existing thing (a list, a create), or an HTML 404 page, means
 * the endpoint itself is missing: a Base URL problem.
 */
export function notFoundError(input: ClientErrorInput): AppError {
  const op = describeOperation(input.facts.operation)
  const named = input.words && /not found|does not exist|no such/i.test(input.words) ? NAMED.find(([re]) => re.test(input.words ?? ''))?.[1] : undefined
  const resource = named ?? (input.body.shape !== 'html' && targetsExisting(op) ? inferredResource(op) : null)
  if (!resource) {
    return makeAppError({ ...input.facts, kind: 'not_found', guidance: 'check-base-url',
      message: 'ColdSend has no such endpoint at this Base URL; it should end with /api/public/v1.' }, input.now)
  }
  return makeAppError({ ...input.facts, kind: 'not_found', resource, guidance: 'refresh-list',
    message: `The ${resource} was not found: it was deleted, or it belongs to another team.` }, input.now)
}

/** 409: what already exists; the handler may attach the existing one (the sender reconciler looks it up; conflict-lookup summarises it). */
export function conflictError(input: ClientErrorInput): AppError {
  const resource = describeOperation(input.facts.operation).resource ?? undefined
  const detail = input.words ?? 'Already exists'
  return makeAppError({ ...input.facts, kind: 'conflict', detail, guidance: 'resolve-conflict',
    ...(resource ? { resource } : {}),
    message: input.words ? input.words.slice(0, 2000) : `That ${resource ?? 'item'} already exists.` }, input.now)
}
