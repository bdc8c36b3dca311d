import { useConnectionStore } from '../stores/connection-store'

/** Says, over whatever is on screen, that the page lost the console backend (browser mode) and is retrying. */
export function ConnectionBanner() {
  const state = useConnectionStore((s) => s.state)
  if (state !== 'reconnecting') return null
  return (
    <div className="connection-banner" role="status">
      Connection to the console lost — reconnecting…
    </div>
  )
}
