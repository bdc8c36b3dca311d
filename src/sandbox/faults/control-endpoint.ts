import { isLoopbackHost } from '../options'
import type { Exchange, Interceptor } from '../http/exchange'
import { readBody } from '../http/io'
import { type Reply, detail, json } from '../http/route'
import { framework, invented } from '../wording'
import type { FaultInjector } from './injector'
import { parseFaultRules } from './rule'

/** Where out-of-process tests steer faults; outside the API base path, never behind an API key. */
export const FAULT_CONTROL_PATH = '/__sandbox/faults'
const LOG_PATH = `${FAULT_CONTROL_PATH}/log`
const MAX_RULES_BYTES = 1024 * 1024

// Only a loopback peer, addressing us by a loopback name (no DNS rebinding), may steer faults.
function fromLoopback(ex: Exchange): boolean {
  const peer = (ex.req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
  const host = (ex.req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1')
  return isLoopbackHost(peer) && isLoopbackHost(host)
}

// POST: JSON only (so a web page cannot send it without a CORS preflight we never grant), then validate and add.
async function addRules(injector: FaultInjector, ex: Exchange): Promise<Reply> {
  const type = (ex.req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') return detail(415, invented.faultControlJsonOnly)
  const raw = await readBody(ex.req, MAX_RULES_BYTES)
  if (raw === null) return detail(413, invented.bodyTooLarge)
  let input: unknown
  try {
    input = JSON.parse(raw.toString('utf8'))
  } catch {
    return detail(400, invented.faultRulesInvalid('not valid JSON'))
  }
  const checked = parseFaultRules(input)
  if (!checked.ok) return detail(400, invented.faultRulesInvalid(checked.problem))
  const added = injector.push(checked.rules)
  return json(201, { added, rules: injector.pending() })
}

// GET/POST/DELETE /__sandbox/faults (rules) and GET/DELETE /__sandbox/faults/log.
async function control(injector: FaultInjector, ex: Exchange): Promise<Reply> {
  if (!fromLoopback(ex)) return detail(403, invented.faultControlLoopbackOnly)
  const onLog = ex.url.pathname === LOG_PATH
  const allow = onLog ? 'GET, DELETE' : 'GET, POST, DELETE'
  if (ex.method === 'GET') return json(200, onLog ? { log: injector.log.entries } : { enabled: true, rules: injector.pending(), log: injector.log.entries })
  if (ex.method === 'DELETE' && onLog) {
    injector.log.clear()
    return json(200, { log: [] })
  }
  if (ex.method === 'DELETE') return json(200, { cleared: injector.clear(), rules: [] })
  if (ex.method === 'POST' && !onLog) return addRules(injector, ex)
  return { status: 405, body: { detail: framework.methodNotAllowed }, headers: { Allow: allow } }
}

// The control endpoint as an interceptor; installed only when the sandbox runs with faults on.
export function faultControlInterceptor(injector: FaultInjector): Interceptor {
  return (ex) => {
    if (ex.url.pathname !== FAULT_CONTROL_PATH && ex.url.pathname !== LOG_PATH) return false
    control(injector, ex).then(
      (reply) => ex.send(reply),
      () => ex.send({ status: 500, body: framework.internalError })
    )
    return true
  }
}
