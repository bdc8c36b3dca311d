import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useFacade } from '../../../bridge/facade-context'
import { operationPrefix } from '../../../query/query-keys'
import { useProfilesStore } from '../../../stores/profiles-store'
import type { ImportRow, RowOutcome } from './import-rows'
import { submitRows, type SubmitProgress } from './submit-rows'

/** The state of one "Import" or "Retry" run: its progress and how to start it. */
export interface BulkImport {
  running: boolean
  progress: SubmitProgress | null
  /** How many times an import ran (0 = never: the button says "Import", later "Retry failed rows"). */
  runs: number
  start(rows: readonly ImportRow[]): Promise<void>
}

/**
 * Sends rows through the bulk endpoint (chunked), follows the jobs behind a progress bar and hands
 * each row's outcome back; the inbox list is refreshed afterwards. Leaving the screen stops following.
 */
export function useBulkImport(onOutcomes: (outcomes: Map<number, RowOutcome>) => void, pollMs = 1000): BulkImport {
  const facade = useFacade()
  const queryClient = useQueryClient()
  const profileId = useProfilesStore((s) => s.activeId)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<SubmitProgress | null>(null)
  const [runs, setRuns] = useState(0)
  const stop = useRef(new AbortController())
  useEffect(() => {
    const controller = new AbortController()
    stop.current = controller
    return () => controller.abort()
  }, [])

  const start = async (rows: readonly ImportRow[]) => {
    if (running || rows.length === 0) return
    setRunning(true)
    setRuns((n) => n + 1)
    try {
      await submitRows(facade, rows, setProgress, onOutcomes, stop.current.signal, pollMs)
    } finally {
      setRunning(false)
      void queryClient.invalidateQueries({ queryKey: operationPrefix(profileId ?? '', 'senders.list') })
    }
  }

  return { running, progress, runs, start }
}
