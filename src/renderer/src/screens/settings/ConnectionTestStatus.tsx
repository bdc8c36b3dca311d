import type { AppError } from '../../../../shared/contract/app-error'
import type { ConnectionTestResult } from '../../../../shared/contract/profiles'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { CONNECTION_TEST_TEXT } from './connection-test-text'

/** Where a connection test is: not run, running, answered, or the test call itself failed. */
export type ConnectionTestState =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'done'; result: ConnectionTestResult }
  | { phase: 'failed'; error: AppError }

/** The result of "Test connection" in a live status region: outcome, the server's words, one fix. */
export function ConnectionTestStatus({ state }: { state: ConnectionTestState }) {
  const result = state.phase === 'done' ? state.result : null
  const text = result ? CONNECTION_TEST_TEXT[result.status] : null
  return (
    <>
      <div role="status" className={result ? `test-status test-status--${result.status}` : 'test-status'}>
        {state.phase === 'testing' ? <p>Testing connection…</p> : null}
        {result && text ? (
          <>
            <p className="test-status__title">{text.title}</p>
            {result.message ? <p>{result.message}</p> : null}
            {result.status === 'missing_scopes' && result.missingScopes.length > 0 ? (
              <p>
                Missing scopes:{' '}
                {result.missingScopes.map((scope, i) => (
                  <span key={scope}>
                    {i > 0 ? ', ' : null}
                    <code>{scope}</code>
                  </span>
                ))}
              </p>
            ) : null}
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
