import { isIPv4, isIPv6 } from 'node:net'

function v4(ip: string): bigint {
  return ip.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n)
}

function v6(ip: string): bigint {
  let text = ip
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (tail?.[1]) {
    const n = v4(tail[1])
    text = text.slice(0, -tail[1].length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`
  }
  const [head = '', rest] = text.split('::')
  const left = head ? head.split(':') : []
  const right = rest ? rest.split(':') : []
  const groups = rest === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n)
}

/** True when an IPv4 or IPv6 address lies inside `addr[/len]` of the same family (a bare address is a single host). */
export function ipInRange(ip: string, range: string): boolean {
  const [net = '', lenText] = range.split('/')
  const family = isIPv4(ip) && isIPv4(net) ? 4 : isIPv6(ip) && isIPv6(net) ? 6 : 0
  if (family === 0) return false
  const bits = family === 4 ? 32 : 128
  const len = lenText === undefined ? bits : Number(lenText)
  if (!Number.isInteger(len) || len < 0 || len > bits) return false
  const shift = BigInt(bits - len)
  const toInt = family === 4 ? v4 : v6
  return toInt(ip) >> shift === toInt(net) >> shift
}
