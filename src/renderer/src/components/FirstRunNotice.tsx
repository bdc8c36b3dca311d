import { Link } from 'react-router'
import { paths } from '../routes/paths'

/** Shown instead of data screens when no profile is active: the one thing to do next. */
export function FirstRunNotice() {
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Connect to ColdSend</h2>
      <p>
        There is no active connection profile yet. Add one in Settings with your ColdSend base URL and a cs_live_ API
        key, or use the built-in Sandbox profile to explore with demo data.
      </p>
      <Link className="button-link" to={paths.settings()}>
        Go to Settings
      </Link>
    </section>
  )
}
