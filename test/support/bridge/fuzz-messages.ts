import { encodeBinaryRequest } from '../../../src/shared/bridge-protocol'
import { OPERATION_NAMES } from '../../../src/shared/contract/names'
import { seededRandom } from '../../core/api/fake-clock'

export { seededRandom }

/** One malformed message: text or binary, and what kind of wrong it is (for the counts). */
export interface FuzzMessage {
  kind: string
  data: string | Buffer
}

const pick = <T,>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!

/** Values of every JSON type, plus the awkward ones (deep, huge, prototype-shaped). */
export function junkValue(r: () => number, depth = 0): unknown {
  const n = Math.floor(r() * 12)
  if (depth > 3) return null
  switch (n) {
    case 0: return null
    case 1: return r() < 0.5
    case 2: return Math.floor(r() * 2 ** 53) * (r() < 0.5 ? -1 : 1)
    case 3: return r() * 1e308
    case 4: return 'x'.repeat(Math.floor(r() * 3000))
    case 5: return String.fromCodePoint(...Array.from({ length: 8 }, () => Math.floor(r() * 0xd7ff)))
    case 6: return Array.from({ length: Math.floor(r() * 5) }, () => junkValue(r, depth + 1))
    case 7: return Object.fromEntries(Array.from({ length: Math.floor(r() * 5) }, (_, i) => [`k${i}`, junkValue(r, depth + 1)]))
    case 8: return { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }
    case 9: return -0
    case 10: return '\u0000\u202e<script>alert(1)</script>'
    default: return {}
  }
}

/** Call options that are never valid: a wrong priority, an extra key, or not an object at all. */
export function badOptions(r: () => number): unknown {
  switch (Math.floor(r() * 5)) {
    case 0: return { priority: pick(r, ['interactive', 'bulk', 'Background', 'background ', '', null, 0, true, ['background'], { value: 'background' }]) }
    case 1: return { priority: 'background', [pick(r, ['url', 'headers', 'apiKey', '__proto__', 'constructor', 'priority2'])]: junkValue(r) }
    case 2: return pick(r, [null, 'background', 1, true, [], [{ priority: 'background' }]])
    default: {
      const value = junkValue(r)
      // An object always carries a key the options do not have, so it is never valid by chance.
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, zz_unexpected: true } : value
    }
  }
}

const UNKNOWN_OPS = ['', 'campaigns', 'campaigns.', '.list', 'campaigns.list.extra', 'CAMPAIGNS.LIST', 'x'.repeat(101), 'constructor', '__proto__', 'toString', 'errorLog.truncate']

// Wrong-shaped requests: every way an id, op or input can be wrong.
function textMessage(r: () => number): FuzzMessage {
  const op = pick(r, OPERATION_NAMES)
  switch (Math.floor(r() * 15)) {
    case 0: return { kind: 'not-json', data: `{"id":1,"op":"${op}","input":` }
    case 1: return { kind: 'not-json', data: String.fromCodePoint(...Array.from({ length: 40 }, () => 32 + Math.floor(r() * 0xd000))) }
    case 2: return { kind: 'not-an-object', data: JSON.stringify(junkValue(r)) ?? 'null' }
    case 3: return { kind: 'bad-id', data: JSON.stringify({ id: pick(r, [-1, 1.5, '1', null, 2 ** 60, [], {}]), op, input: {} }) }
    case 4: return { kind: 'missing-field', data: JSON.stringify(pick(r, [{ op, input: {} }, { id: 3, input: {} }, { id: 3 }])) }
    case 5: return { kind: 'extra-field', data: JSON.stringify({ id: 4, op, input: {}, url: 'http://127.0.0.1:1/', headers: { 'X-API-Key': 'x' } }) }
    case 6: return { kind: 'unknown-op', data: JSON.stringify({ id: 5, op: pick(r, UNKNOWN_OPS), input: {} }) }
    case 7: return { kind: 'non-string-op', data: JSON.stringify({ id: 6, op: junkValue(r), input: {} }) }
    case 8: {
      const input = junkValue(r)
      // An object input always carries a key no operation accepts, and null (read as "no input", valid for
      // operations that take none, e.g. profiles.list) becomes [null], so the message is never valid by chance.
      const wrong = input === null ? [null] : typeof input === 'object' && !Array.isArray(input) ? { ...input, zz_unexpected: true } : input
      return { kind: 'wrong-input', data: JSON.stringify({ id: 7, op, input: wrong }) }
    }
    case 9: return { kind: 'wrong-input', data: JSON.stringify({ id: 8, op, input: { unexpected: junkValue(r), campaign_id: junkValue(r) } }) }
    case 10: {
      const depth = 1000 + Math.floor(r() * 50_000)
      return { kind: 'deep-nesting', data: `{"id":9,"op":"${op}","input":${'['.repeat(depth)}${']'.repeat(depth)}}` }
    }
    case 11: return { kind: 'proto-keys', data: `{"id":10,"op":"${op}","input":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}}` }
    case 12: return { kind: 'duplicate-keys', data: `{"id":11,"op":"campaigns.create","op":"${op}","input":{"name":"a","name":${JSON.stringify(junkValue(r))}}}` }
    case 13: return { kind: 'bad-options', data: JSON.stringify({ id: 12, op, input: {}, options: badOptions(r) }) }
    default: return { kind: 'huge-number', data: `{"id":1e400,"op":"${op}","input":{"page":1e400,"limit":-1e400}}` }
  }
}

// Binary frames whose prefix, header or placement is wrong.
function binaryMessage(r: () => number): FuzzMessage {
  const op = pick(r, OPERATION_NAMES)
  switch (Math.floor(r() * 8)) {
    case 0: return { kind: 'binary-random', data: Buffer.from(Array.from({ length: Math.floor(r() * 64) }, () => Math.floor(r() * 256))) }
    case 1: {
      const b = Buffer.alloc(12)
      b.writeUInt32BE(0xffff_fff0)
      return { kind: 'binary-prefix-too-long', data: b }
    }
    case 2: {
      const head = Buffer.from('{"id":1,"op":')
      const b = Buffer.alloc(4)
      b.writeUInt32BE(head.length)
      return { kind: 'binary-header-not-json', data: Buffer.concat([b, head, Buffer.from('bytes')]) }
    }
    case 3: return { kind: 'binary-header-wrong', data: Buffer.from(encodeBinaryRequest({ id: 2, op, input: {}, bytesField: 'csv' }, new Uint8Array(3))).fill(0x7b, 4, 5) }
    case 4: return { kind: 'binary-field-collision', data: Buffer.from(encodeBinaryRequest({ id: 3, op: 'leads.upload', input: { csv: 'text' }, bytesField: 'csv' }, new Uint8Array(3))) }
    case 5: return { kind: 'binary-wrong-field', data: Buffer.from(encodeBinaryRequest({ id: 4, op, input: { campaign_id: 'x' }, bytesField: pick(r, ['name', '__proto__', 'constructor', 'csv']) }, new Uint8Array(8))) }
    case 6: {
      const header = { id: 6, op, input: { campaign_id: 'x' }, options: badOptions(r), bytesField: 'csv' }
      return { kind: 'binary-bad-options', data: Buffer.from(encodeBinaryRequest(header, new Uint8Array(8))) }
    }
    default: {
      const head = Buffer.from(JSON.stringify({ id: 5, op, input: [], bytesField: 'csv' }))
      const b = Buffer.alloc(4)
      b.writeUInt32BE(head.length)
      return { kind: 'binary-input-not-object', data: Buffer.concat([b, head]) }
    }
  }
}

/** `count` malformed messages from `seed`, about one in five binary. */
export function fuzzMessages(seed: number, count: number): FuzzMessage[] {
  const r = seededRandom(seed)
  return Array.from({ length: count }, () => (r() < 0.2 ? binaryMessage(r) : textMessage(r)))
}
