import { STATUS_CODES } from 'node:http'
import type { Reply } from '../http/route'
import { documented, framework, invented } from '../wording'
import { streamOversized } from './oversized'
import type { ParsedFaultRule } from './rule'
import { type FaultScene, answer, commit, drop, readEarly, wait } from './scene'

type Rule<K extends ParsedFaultRule['kind']> = Extract<ParsedFaultRule, { kind: K }>

// An error status as the real stack would send it: Starlette's plain-text 500, otherwise `{"detail": <reason phrase>}`.
function statusReply(rule: Rule<'status'>): Reply {
  const fallback = rule.status === 500 ? framework.internalError : { detail: STATUS_CODES[rule.status] ?? framework.internalError }
  const headers: Record<string, string> = { ...rule.headers }
  if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter)
  return { status: rule.status, body: rule.body === undefined ? fallback : rule.body, headers }
}

// The documented 429 body with X-RateLimit-* headers (Remaining 0, Reset when the wait is over).
function rateLimitReply(rule: Rule<'rate_limit'>, perMinute: number): Reply {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(perMinute),
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + rule.retryAfter)
  }
  if (rule.sendRetryAfter) headers['Retry-After'] = String(rule.retryAfter)
  return { status: 429, body: { detail: documented.rateLimited(rule.retryAfter) }, headers }
}

// Plays one fault out against a request; every path completes the log entry.
export async function serveFault(rule: ParsedFaultRule, scene: FaultScene): Promise<void> {
  switch (rule.kind) {
    case 'status':
      return answer(scene, statusReply(rule))
    case 'rate_limit':
      return answer(scene, rateLimitReply(rule, scene.rateLimitPerMinute))
    case 'html_502':
      return answer(scene, { status: 502, body: invented.badGatewayHtml, headers: { 'Content-Type': 'text/html' } })
    case 'reset':
      return drop(scene, rule.abort)
    case 'commit_then_drop':
      await commit(scene)
      return drop(scene, rule.abort)
    case 'delay': {
      const early = await readEarly(scene)
      if (!(await wait(scene, rule.ms))) return drop(scene, 'close')
      if (rule.then === 'drop') return drop(scene, rule.abort)
      return answer(scene, await commit(scene, early))
    }
    case 'oversized':
      return streamOversized(scene, rule)
  }
}
