import type { AppError } from '../../../../../shared/contract/app-error'
import type { MailCheckResult, ProtocolResult } from '../../../../../shared/contract/mail-check'
import { causeFromText } from '../../../../../shared/mail-cause-text'
import { FIX_CARDS } from '../../../../../shared/mail-fix-cards'

type ConnectionFailed = Extract<AppError, { kind: 'business' }>

function localLine(name: string, result: ProtocolResult | undefined): string {
  if (!result) return `${name}: not tested`
  if (result.ok) return `${name}: connected and signed in`
  return `${name}: failed — ${result.diagnosis ? FIX_CARDS[result.diagnosis.cause].title : 'see the connection test'}`
}

/**
 * ColdSend's "connection failed" beside this computer's own test, so the operator can tell a wrong
 * setting (both fail) from something between ColdSend and the mail server (only ColdSend fails).
 */
export function ServerVerdict({ error, local, onTest }: { error: ConnectionFailed; local: MailCheckResult | null; onTest: () => void }) {
  const text = `${error.reason ?? ''} ${error.detail}`
  const cause = causeFromText(text)
  const card = cause ? FIX_CARDS[cause] : null
  const localOk = Boolean(local?.smtp?.ok && local?.imap?.ok)
  return (
    <section className="panel server-verdict" aria-label="ColdSend could not connect">
      <h2>ColdSend could not connect{error.protocol ? ` (${error.protocol})` : ''}</h2>
      <div className="server-verdict__columns">
        <div>
          <h3>ColdSend’s check</h3>
          <p>{error.detail}</p>
          {card ? (
            <>
              <p className="fix-card__title">{card.title}</p>
              <ol className="fix-card__steps">
                {card.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
        <div>
          <h3>This computer’s check</h3>
          {local ? (
            <ul>
              <li>{localLine('SMTP', local.smtp)}</li>
              <li>{localLine('IMAP', local.imap)}</li>
            </ul>
          ) : (
            <p>Not run yet.</p>
          )}
          {localOk ? (
            <p>
              Both servers accepted this computer, so the settings are right: something between ColdSend’s servers and the mail server refuses them — an IP allow-list or
              firewall, a provider asking to confirm a sign-in from a new place, or a password changed since the test.
            </p>
          ) : null}
          <button type="button" onClick={onTest}>
            Go to the connection test
          </button>
        </div>
      </div>
    </section>
  )
}
