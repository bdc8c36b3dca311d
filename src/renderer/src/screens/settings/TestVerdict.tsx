import { useEffect, useRef } from 'react'
import { ConnectionTestStatus, type ConnectionTestState } from './ConnectionTestStatus'

/** A connection test's verdict that takes focus when it arrives, so focus never falls to <body> after "Test". */
export function TestVerdict({ state }: { state: ConnectionTestState }) {
  const verdict = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') verdict.current?.focus()
  }, [state])
  return (
    <div ref={verdict} tabIndex={-1} className="test-verdict">
      <ConnectionTestStatus state={state} />
    </div>
  )
}
