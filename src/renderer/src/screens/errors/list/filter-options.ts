import type { ErrorLogGroup } from '../../../../../shared/contract/error-log'
import type { ProfileView } from '../../../../../shared/contract/profiles'
import type { FilterOption } from './ErrorFilters'

/** The operations the shown groups contain, sorted, each once. */
export function operationOptions(groups: readonly ErrorLogGroup[]): string[] {
  return [...new Set(groups.map((g) => g.operation).filter(Boolean))].sort()
}

/**
 * Profile choices: this console's profiles (the filter matches a record's profile id), then any other
 * profile the groups name (a removed or another machine's profile, kept by name or id as logged).
 */
export function profileOptions(profiles: readonly Pick<ProfileView, 'id' | 'name'>[], groups: readonly ErrorLogGroup[]): FilterOption[] {
  const known = profiles.map((p) => ({ value: p.id, label: p.name }))
  const seen = new Set(known.flatMap((o) => [o.value, o.label]))
  const others = [...new Set(groups.flatMap((g) => g.profiles))].filter((p) => !seen.has(p)).sort()
  return [...known, ...others.map((p) => ({ value: p, label: p }))]
}
