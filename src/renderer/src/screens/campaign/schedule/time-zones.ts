/*
 * The IANA time zones this runtime knows, each with its current UTC offset, and a forgiving search
 * over them ("new york", "kolkata", "utc+5:30").
 */
import { formatOffset, offsetMinutesAt } from './zone-clock'

/** One zone as the picker lists it. */
export interface TimeZoneOption {
  /** The IANA name sent on the wire, e.g. `America/New_York`. */
  name: string
  /** Offset from UTC at the time the list was made, in minutes. */
  offsetMinutes: number
  /** `UTC−05:00` */
  offsetLabel: string
  /** Old names of the same zone (`Asia/Calcutta` for `Asia/Kolkata`), still accepted. */
  aliases: string[]
  /** Lower-case text the search matches against (name with spaces, old names, offset spellings). */
  haystack: string
}

/** The zone a new campaign gets when none is chosen (the API's documented default). */
export const DEFAULT_TIME_ZONE = 'America/New_York'

/*
 * ICU still reports some zones by their old names (Node 20: Asia/Calcutta, Europe/Kiev). The list
 * shows today's name when this runtime accepts it, and keeps the old one searchable.
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton'
}

/** True when Intl (and so the sandbox, which asks Intl too) accepts `name` as a time zone. */
export function isValidTimeZone(name: string): boolean {
  if (!name || name.trim() !== name) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** Lower case, underscores and slashes as spaces, one kind of minus: how both names and queries are compared. */
export function normalizeZoneText(text: string): string {
  return text.toLowerCase().replace(/[−–]/g, '-').replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim()
}

function zoneNames(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const names = supported.length ? [...supported] : [DEFAULT_TIME_ZONE]
  if (!names.includes('UTC')) names.push('UTC')
  return names
}

function offsetSpellings(minutes: number): string[] {
  const label = formatOffset(minutes).toLowerCase().replace('−', '-')
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  const hours = Math.floor(abs / 60)
  const mins = abs % 60
  // utc-05:00, utc-5:00, utc-5, gmt-5 — whatever people type.
  const short = mins ? `${sign}${hours}:${String(mins).padStart(2, '0')}` : `${sign}${hours}`
  return [label, `utc${sign}${hours}:${String(mins).padStart(2, '0')}`, `utc${short}`, `gmt${short}`]
}

let cached: { hour: number; options: TimeZoneOption[] } | null = null

/**
 * Every zone with its offset at `now`, sorted by offset then name. Cached per hour of `now`, since
 * offsets change only when some zone's clocks change.
 */
export function listTimeZones(now: Date = new Date()): TimeZoneOption[] {
  const hour = Math.floor(now.getTime() / 3_600_000)
  if (cached?.hour === hour) return cached.options
  const seen = new Set<string>()
  const options: TimeZoneOption[] = []
  for (const icuName of zoneNames()) {
    const modern = RENAMED[icuName]
    const name = modern && isValidTimeZone(modern) ? modern : icuName
    if (seen.has(name)) continue
    seen.add(name)
    const offsetMinutes = offsetMinutesAt(name, now)
    const aliases = name === icuName ? [] : [icuName]
    options.push({
      name,
      offsetMinutes,
      offsetLabel: formatOffset(offsetMinutes),
      aliases,
      haystack: [name, ...aliases].map(normalizeZoneText).concat(offsetSpellings(offsetMinutes)).join(' | ')
    })
  }
  options.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.name.localeCompare(b.name))
  cached = { hour, options }
  return options
}

/**
 * Zones matching `query`: every word of the query must appear; zones whose city (last part of the
 * name) starts with the query come first, then names containing it, then offset-only matches.
 * An empty query returns everything.
 */
export function searchTimeZones(query: string, options: TimeZoneOption[] = listTimeZones()): TimeZoneOption[] {
  const q = normalizeZoneText(query)
  if (!q) return options
  const words = q.split(' ')
  const ranked: Array<{ option: TimeZoneOption; rank: number }> = []
  for (const option of options) {
    if (!words.every((word) => option.haystack.includes(word))) continue
    const name = normalizeZoneText(option.name)
    const city = normalizeZoneText(option.name.split('/').pop() ?? option.name)
    const rank = name === q || city === q ? 0 : city.startsWith(q) ? 1 : name.includes(q) ? 2 : 3
    ranked.push({ option, rank })
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.option)
}

/** The listed zone whose name is `text` (ignoring case, spaces for underscores, old names), or null. */
export function findTimeZone(text: string, options: TimeZoneOption[] = listTimeZones()): TimeZoneOption | null {
  const q = normalizeZoneText(text)
  if (!q) return null
  return options.find((o) => [o.name, ...o.aliases].some((name) => normalizeZoneText(name) === q)) ?? null
}
