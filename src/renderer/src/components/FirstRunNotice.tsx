import { useAppStore } from '../stores/app-store'

/** Shown instead of data screens when no profile is active: the one thing to do next. */
export function FirstRunNotice() {
  const navigate = useAppStore((s) => s.navigate)
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Connect to ColdSend</h2>
      <p>
        There is no active connection profile yet. Add one in Settings with your ColdSend base URL and a cs_live_ API
        key, or activate the built-in Sandbox profile to explore with demo data.
      </p>
      <button type="button" onClick={() => navigate('settings')}>
        Go to Settings
      </button>
    </section>
  )
}
