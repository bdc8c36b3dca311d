import { useEffect, useRef, useState } from 'react'
import { useFacade } from '../../../bridge/facade-context'
import type { ImportRow, RowCheck } from './import-rows'
import { rowCheckOutcome, rowCheckRequest } from './row-check'
import { runLimited } from './run-limited'

/** Checks at once: a few, so 50 mailboxes are tested in reasonable time without looking like an attack. */
export const TEST_CONCURRENCY = 3

/** The running state of "Test connections": progress, and how to start or cancel. */
export interface ConnectionTests {
  running: boolean
  progress: { done: number; total: number } | null
  cancelled: boolean
  start(rows: readonly ImportRow[]): void
  cancel(): void
}

/**
 * Runs `mail.check` for the given rows, TEST_CONCURRENCY at a time, reporting each row's result as
 * it lands; Cancel starts no more checks (those running finish). Leaving the screen cancels too.
 */
export function useConnectionTests(onCheck: (row: number, check: RowCheck) => void): ConnectionTests {
  const facade = useFacade()
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [cancelled, setCancelled] = useState(false)
  const stop = useRef<AbortController | null>(null)
  useEffect(() => () => stop.current?.abort(), [])

  const start = (rows: readonly ImportRow[]) => {
    if (running || rows.length === 0) return
    const controller = new AbortController()
    stop.current = controller
    setRunning(true)
    setCancelled(false)
    let done = 0
    setProgress({ done, total: rows.length })
    const settle = (row: ImportRow, check: RowCheck) => {
      if (controller.signal.aborted && stop.current !== controller) return
      onCheck(row.row, check)
      done += 1
      setProgress({ done, total: rows.length })
    }
    void runLimited(rows, TEST_CONCURRENCY, async (row) => rowCheckOutcome(await facade.mail.check(rowCheckRequest(row.values))), settle, {
      signal: controller.signal,
      onError: (row, error) => settle(row, { state: 'error', title: error instanceof Error ? error.message : 'The test could not run.' })
    }).finally(() => {
      if (stop.current === controller) setRunning(false)
    })
  }

  const cancel = () => {
    stop.current?.abort()
    setCancelled(true)
  }

  return { running, progress, cancelled, start, cancel }
}
