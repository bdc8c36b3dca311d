const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or'])

/**
 * Approximate registrable domain of a host (mx1.mail.example.co.uk → example.co.uk). A heuristic, not the
 * Public Suffix List: good enough to ask the ISPDB about an MX host's owner.
 */
export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.')
  if (labels.length <= 2) return labels.join('.')
  const tld = labels[labels.length - 1] as string
  const second = labels[labels.length - 2] as string
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2
  return labels.slice(-keep).join('.')
}
