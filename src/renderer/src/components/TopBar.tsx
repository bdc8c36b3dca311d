import { useAppStore } from '../stores/app-store'
import { selectActiveProfile, useProfilesStore } from '../stores/profiles-store'

/** The top bar: which profile every call goes through (Sandbox badged) and the request budget left. */
export function TopBar() {
  const active = useProfilesStore(selectActiveProfile)
  const rateLimit = useAppStore((s) => s.rateLimit)
  const info = useAppStore((s) => s.info)
  const budget = rateLimit && active && rateLimit.profileId === active.id && rateLimit.remaining !== null ? rateLimit : null
  return (
    <header className="top-bar">
      <span className="top-bar__brand">ColdSend console</span>
      <div className="top-bar__profile" aria-live="polite">
        {active ? (
          <>
            <span className="top-bar__label">Profile:</span> <strong>{active.name}</strong>
            {active.kind === 'sandbox' ? <span className="badge badge--sandbox">Sandbox</span> : null}
          </>
        ) : (
          <span className="top-bar__label">No active profile</span>
        )}
      </div>
      {budget ? (
        <span className="top-bar__budget">
          Requests left: {budget.remaining}
          {budget.limit !== null ? ` / ${budget.limit}` : ''}
        </span>
      ) : null}
      {info ? <span className="top-bar__version">v{info.version}</span> : null}
    </header>
  )
}
