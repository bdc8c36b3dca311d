import type { DeliverabilityCheckId, DeliverabilityItem } from '../../../../../shared/contract/mail-discovery'

type Status = DeliverabilityItem['status']

/** The order rows appear in, whatever order the answer came in. */
export const CHECK_ORDER: readonly DeliverabilityCheckId[] = ['spf', 'dmarc', 'dkim', 'mx']

/** Each check's display name and what it is for, in one line. */
export const CHECK_TEXT: Record<DeliverabilityCheckId, { name: string; purpose: string }> = {
  spf: { name: 'SPF', purpose: 'Which servers may send as the domain' },
  dmarc: { name: 'DMARC', purpose: 'What receivers do with mail that fails SPF and DKIM' },
  dkim: { name: 'DKIM', purpose: 'The signing key for the provider’s known selectors' },
  mx: { name: 'MX', purpose: 'Where replies and bounces to the domain go' }
}

/** Each status as an icon and a word, so the row never relies on colour alone. */
export const STATUS_TEXT: Record<Status, { icon: string; word: string }> = {
  pass: { icon: '✓', word: 'Pass' },
  warn: { icon: '!', word: 'Warning' },
  fail: { icon: '✕', word: 'Fail' }
}

/** Items in CHECK_ORDER (unknown ids, should the core add one, go last in the order received). */
export function orderedItems(items: readonly DeliverabilityItem[]): DeliverabilityItem[] {
  const rank = (id: string) => {
    const i = CHECK_ORDER.indexOf(id as DeliverabilityCheckId)
    return i === -1 ? CHECK_ORDER.length : i
  }
  return [...items].sort((a, b) => rank(a.id) - rank(b.id))
}

/** "2 pass, 1 warning, 1 fail" — the one-line outcome, announced when a check finishes. */
export function outcomeLine(items: readonly DeliverabilityItem[]): string {
  const count = (s: Status) => items.filter((i) => i.status === s).length
  const parts = [`${count('pass')} pass`]
  const warnings = count('warn')
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
  const fails = count('fail')
  if (fails > 0) parts.push(`${fails} fail`)
  return parts.join(', ')
}
