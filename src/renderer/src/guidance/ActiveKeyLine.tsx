import { useProfilesStore } from '../stores/profiles-store'

/**
 * Which key a refusal was about: the active profile's name and the last four characters of its key
 * (never more), so the operator knows which key to replace or re-scope in ColdSend.
 */
export function ActiveKeyLine() {
  const active = useProfilesStore((s) => s.profiles.find((p) => p.id === s.activeId) ?? null)
  if (!active) return null
  return (
    <p className="scope-line">
      Key in use: profile “{active.name}”{active.key.last4 ? <>, key ending in <code>…{active.key.last4}</code></> : null}. Create a key with the
      missing scopes in ColdSend and replace this one in Settings.
    </p>
  )
}
