import { Link } from 'react-router'
import { paths } from '../routes/paths'
import { useAppStore } from '../stores/app-store'
import { selectActiveProfile, useProfilesStore } from '../stores/profiles-store'
import { useConnectionStore } from '../stores/connection-store'
import { isSandboxBacked } from './sandbox-backed'

/**
 * The top bar: which profile every call goes through, a clear demo-data strip for sandbox-backed
 * profiles, the request budget left, and a hint for the command palette.
 */
export function TopBar() {
  const active = useProfilesStore(selectActiveProfile)
  const rateLimit = useAppStore((s) => s.rateLimit)
  const info = useAppStore((s) => s.info)
  const refused = useConnectionStore((s) => s.state === 'refused')
  const budget = rateLimit && active && rateLimit.profileId === active.id && rateLimit.remaining !== null ? rateLimit : null
  const sandbox = active && !refused ? isSandboxBacked(active, info?.sandbox.baseUrl) : false
  return (
    <header className="top-bar">
      <span className="top-bar__brand">ColdSend console</span>
      <div className="top-bar__profile">
        {refused ? (
          <span className="top-bar__label">Not connected</span>
        ) : active ? (
          <>
            <span className="top-bar__label">Profile</span>{' '}
            <Link to={paths.settings()} className="top-bar__profile-name">
              {active.name}
            </Link>
          </>
        ) : (
          <span className="top-bar__label">No active profile</span>
        )}
      </div>
      {sandbox ? (
        <p className="top-bar__sandbox" role="note">
          <strong>Sandbox — demo data.</strong> Nothing is sent to real recipients.
        </p>
      ) : null}
      {budget && !refused ? (
        <span className="top-bar__budget">
          Requests left: {budget.remaining}
          {budget.limit !== null ? ` / ${budget.limit}` : ''}
        </span>
      ) : null}
      <span className="top-bar__hint">
        <kbd>Ctrl</kbd>+<kbd>K</kbd> commands
      </span>
      {info ? <span className="top-bar__version">v{info.version}</span> : null}
    </header>
  )
}
