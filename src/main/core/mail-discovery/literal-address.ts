import { isIP } from 'node:net'

/**
 * The addresses a host name stands for without asking DNS: an IP literal is itself, and `localhost`
 * (and `*.localhost`, RFC 6761) is the loopback address. Null for every other name.
 */
export function addressesWithoutDns(host: string): string[] | null {
  if (isIP(host)) return [host]
  if (/^(.+\.)?localhost\.?$/i.test(host)) return ['127.0.0.1']
  return null
}
