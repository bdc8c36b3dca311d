import { decodeJsonBody } from '../../http/json-body'
import { type Reply, type RouteRequest, detail, validationFailed } from '../../http/route'
import { type Check, type Issue, type Validator, pass, pydantic, uuid } from '../../validation'
import { invented } from '../../wording'
import { findInbox } from './lookup'
import type { SenderAccountRecord } from './record'
import type { SenderRuntime } from './runtime'

/** A parsed value, or the reply that refuses the request. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: Reply }

// FastAPI body handling: decode JSON, then validate the model at `["body", …]`.
export function parseBody<T>(req: RouteRequest, validator: Validator<T>): Parsed<T> {
  const body = decodeJsonBody(req.rawBody, req.headers['content-type'])
  if (!body.ok) return body
  const input = validator(body.value, ['body'])
  return input.ok ? { ok: true, value: input.value } : { ok: false, reply: validationFailed(input.issues) }
}

// Query parameters (Starlette keeps the last of repeated ones) validated at `["query", …]`.
export function parseQuery<T>(req: RouteRequest, validator: Validator<T>): Parsed<T> {
  const input = validator(Object.fromEntries(req.query.entries()), ['query'])
  return input.ok ? { ok: true, value: input.value } : { ok: false, reply: validationFailed(input.issues) }
}

const inboxIdValidator = uuid()

/** What an `/sender-accounts/{inbox_id}/…` handler gets once the request is valid and the inbox exists. */
export interface InboxRequest<B, Q> {
  inbox: SenderAccountRecord
  body: B
  query: Q
}

// FastAPI order: undecodable JSON fails alone; then path, query and body (an empty one: `["body"]` required) together (422); then 404.
export function parseInboxRequest<B = undefined, Q = undefined>(
  rt: SenderRuntime,
  req: RouteRequest,
  parts: { body?: Validator<B>; query?: Validator<Q> } = {}
): Parsed<InboxRequest<B, Q>> {
  let body: Check<B> = pass(undefined as B)
  if (parts.body && req.rawBody.length === 0) body = pydantic.missing(['body'])
  else if (parts.body) {
    const decoded = decodeJsonBody(req.rawBody, req.headers['content-type'])
    if (!decoded.ok) return decoded
    body = parts.body(decoded.value, ['body'])
  }
  const id = inboxIdValidator(req.params['inbox_id'] ?? '', ['path', 'inbox_id'])
  const query: Check<Q> = parts.query ? parts.query(Object.fromEntries(req.query.entries()), ['query']) : pass(undefined as Q)
  const issues: Issue[] = [id, query, body].flatMap((c) => (c.ok ? [] : c.issues))
  if (!id.ok || !query.ok || !body.ok) return { ok: false, reply: validationFailed(issues) }
  const inbox = findInbox(rt.ctx.store.state, id.value)
  if (!inbox) return { ok: false, reply: detail(404, invented.senderAccountNotFound) }
  return { ok: true, value: { inbox, body: body.value, query: query.value } }
}
