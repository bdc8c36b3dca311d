import type { AppError } from '../../../../shared/contract/app-error'
import type { ConnectionTestResult } from '../../../../shared/contract/profiles'
import { scopeFeature } from '../../../../shared/scope-features'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { CONNECTION_TEST_TEXT } from './connection-test-text'

/** Where a connection test is: not run, running, answered, or the test call itself failed. */
export type ConnectionTestState =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'done'; result: ConnectionTestResult }
  | { phase: 'failed'; error: AppError }

// "What will not work": one line per missing scope, in the shared scope → feature wording.
function Limitations({ scopes }: { scopes: readonly string[] }) {
  return (
    <>
      <p>What will not work:</p>
      <ul className="test-status__limitations">
        {scopes.map((scope) => (
          <li key={scope}>
            <code>{scope}</code> — {scopeFeature(scope)}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The result of "Test connection" in a live status region: outcome, what it means, one fix. */
export function ConnectionTestStatus({ state }: { state: ConnectionTestState }) {
  const result = state.phase === 'done' ? state.result : null
  const text = result ? CONNECTION_TEST_TEXT[result.status] : null
  const limited = result?.status === 'missing_scopes' && result.missingScopes.length > 0
  return (
    <>
      <div role="status" className={result ? `test-status test-status--${result.status}` : 'test-status'}>
        {state.phase === 'testing' ? <p>Testing connection…</p> : null}
        {result && text ? (
          <>
            <p className="test-status__title">{text.title}</p>
            {/* The core's message for missing scopes says what the list below shows; the list is easier to read. */}
            {limited ? <p>The key is valid, but lacks scopes the console uses.</p> : result.message ? <p>{result.message}</p> : null}
            {limited ? <Limitations scopes={result.missingScopes} /> : null}
            {result.status === 'missing_scopes' && result.grantedScopes ? (
              <p>Granted scopes: {result.grantedScopes.length > 0 ? result.grantedScopes.join(', ') : 'none'}</p>
            ) : null}
            <p className="test-status__fix">{text.fix}</p>
          </>
        ) : null}
      </div>
      {state.phase === 'failed' ? <ErrorNotice error={state.error} headingLevel={3} /> : null}
    </>
  )
}
