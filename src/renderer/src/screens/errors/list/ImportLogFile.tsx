import { useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { MAX_LOG_TRANSFER_BYTES, MAX_LOG_TRANSFER_TEXT } from '../../../../../shared/contract/error-log'
import { ErrorNotice } from '../../../guidance/ErrorNotice'
import { operationPrefix } from '../../../query/query-keys'
import { useApiMutation } from '../../../query/use-api-mutation'


/** Props: how many records the imported view holds now (an import replaces them), and what to do once imported. */
export interface ImportLogFileProps {
  importedNow: number
  onImported: () => void
}

/**
 * "Import a log file": reads a JSONL export from another machine into the separate, read-only
 * imported view, asking first when that replaces records already imported, and says how many
 * records came in and how many malformed lines were skipped.
 */
export function ImportLogFile({ importedNow, onImported }: ImportLogFileProps) {
  const id = useId()
  const client = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const importer = useApiMutation('errorLog.import', [])
  const [message, setMessage] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [waiting, setWaiting] = useState<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null>(null)

  const send = (bytes: Uint8Array<ArrayBuffer>) => {
    setWaiting(null)
    importer.mutate(
      { bytes },
      {
        onSuccess: async ({ imported, skipped }) => {
          setMessage(`Imported ${imported.toLocaleString()} ${imported === 1 ? 'record' : 'records'}, skipped ${skipped.toLocaleString()} malformed ${skipped === 1 ? 'line' : 'lines'}.`)
          if (input.current) input.current.value = ''
          await Promise.all(
            (['errorLog.groups', 'errorLog.query', 'errorLog.info'] as const).map((op) => client.invalidateQueries({ queryKey: operationPrefix('local', op) }))
          )
          onImported()
        }
      }
    )
  }

  const choose = async (file: File | undefined) => {
    setMessage(null)
    setRefusal(null)
    setWaiting(null)
    importer.reset()
    if (!file) return
    if (file.size > MAX_LOG_TRANSFER_BYTES) {
      setRefusal(`${file.name} is larger than ${MAX_LOG_TRANSFER_TEXT}, the most one import can hold. Export a narrower filter and import that.`)
      return
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (importedNow > 0) setWaiting({ name: file.name, bytes })
    else send(bytes)
  }

  const cancel = () => {
    setWaiting(null)
    if (input.current) input.current.value = ''
  }

  return (
    <div className="field error-import">
      <label htmlFor={id}>Import a log file</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
        disabled={importer.isPending}
        aria-describedby={`${id}-hint`}
        aria-invalid={refusal ? true : undefined}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <p id={`${id}-hint`} className="field-hint">
        A JSONL export from another console. It opens in the read-only imported view and replaces the previous import; this computer’s log is not touched.
      </p>
      {waiting ? (
        <div className="confirm" role="group" aria-label="Confirm replacing the imported log">
          <p>
            <strong>Replace the imported log?</strong> Its {importedNow.toLocaleString()} {importedNow === 1 ? 'record gives' : 'records give'} way to {waiting.name}. This computer’s log is not touched.
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => send(waiting.bytes)}>
              Replace imported log
            </button>
            <button type="button" autoFocus onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="error-import__result">
        {importer.isPending ? 'Importing…' : message}
      </p>
      {refusal ? (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      ) : null}
      {importer.error ? <ErrorNotice error={importer.error} headingLevel={3} autoRetry={false} /> : null}
    </div>
  )
}
