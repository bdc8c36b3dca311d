function toInt(ip: string): number | undefined {
  const parts = ip.split('.')
  if (parts.length !== 4) return undefined
  let n = 0
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined
    n = n * 256 + Number(p)
  }
  return n
}

/** True when an IPv4 address lies inside `a.b.c.d[/len]` (a bare address means /32). */
export function ipv4InCidr(ip: string, cidr: string): boolean {
  const [net, lenText] = cidr.split('/')
  const len = lenText === undefined ? 32 : Number(lenText)
  const a = toInt(ip)
  const b = toInt(net ?? '')
  if (a === undefined || b === undefined || !Number.isInteger(len) || len < 0 || len > 32) return false
  const size = 2 ** (32 - len)
  return Math.floor(a / size) === Math.floor(b / size)
}
