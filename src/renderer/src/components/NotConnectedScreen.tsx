/**
 * Shown instead of every screen when browser mode refuses this page: it was opened without the
 * access token, or with one from an earlier launch. Says exactly how to get back in.
 */
export function NotConnectedScreen() {
  return (
    <section className="screen not-connected" aria-labelledby="not-connected-title">
      <h1 id="not-connected-title" tabIndex={-1}>
        Not connected to the console
      </h1>
      <div className="not-connected__body" role="alert">
        <p>This page is not connected to the console, so it cannot show or change anything.</p>
        <p>
          Open it with the address the console printed when it started (it carries a one-time access token). If the
          console was restarted, use the new address it printed.
        </p>
      </div>
    </section>
  )
}
