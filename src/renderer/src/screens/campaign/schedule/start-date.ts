/* Reading a campaign's start_date: an ISO date-time, in the campaign's zone unless it names its own offset. */
import { instantOfWallClock, wallClockAsUtc } from './zone-clock'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * The instant `value` names. "2026-12-07T09:00" (no offset) is 09:00 on a clock in `zone`; a
 * trailing Z or ±hh:mm makes it absolute; a bare date means midnight in `zone`. Null if unreadable.
 */
export function parseStartDate(value: string, zone: string): Date | null {
  const match = ISO.exec(value.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s, offset] = match
  const clock = { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0) }
  if (clock.month < 1 || clock.month > 12 || clock.day < 1 || clock.day > 31 || clock.hour > 23 || clock.minute > 59 || clock.second > 59) return null
  // Reject 2026-02-31 and the like.
  const probe = new Date(Date.UTC(clock.year, clock.month - 1, clock.day))
  if (probe.getUTCDate() !== clock.day) return null
  if (offset) {
    const minutes = /^z$/i.test(offset) ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)))
    return new Date(wallClockAsUtc(clock) - minutes * 60_000)
  }
  return instantOfWallClock(zone, clock)
}
