import { useQueryClient } from '@tanstack/react-query'
import { Dialog } from '../../components/Dialog'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { useApiMutation } from '../../query/use-api-mutation'
import { notify } from '../../toasts/toasts-store'
import { recordCountText } from './error-log-sizes'
import { invalidateErrorLogReads } from './invalidate-error-log'
import { ConfirmActions } from '../../components/ConfirmActions'

/**
 * Asks before forgetting this computer's error log (it cannot be undone), clears it, confirms with a
 * toast and makes every error-log view read again. The imported view is left alone.
 */
export function ClearErrorLogDialog({ records, onClose }: { records: number; onClose: () => void }) {
  const clear = useApiMutation('errorLog.clear', [])
  const client = useQueryClient()
  const confirm = () =>
    clear.mutate(
      { source: 'local' },
      {
        onSuccess: (result) => {
          void invalidateErrorLogReads(client)
          notify(`Error log cleared: ${recordCountText(result.cleared)} removed.`)
          onClose()
        }
      }
    )
  return (
    <Dialog title="Clear the error log?" onClose={clear.isPending ? () => undefined : onClose}>
      <p>
        This removes all {recordCountText(records)} this console has recorded on this computer. It cannot be undone; export the log first if
        you may need it. An imported log is not affected.
      </p>
      {clear.error ? <ErrorNotice error={clear.error} headingLevel={3} autoRetry={false} /> : null}
      <ConfirmActions label="Clear error log" busy={clear.isPending} onConfirm={confirm} onCancel={onClose} />
    </Dialog>
  )
}
