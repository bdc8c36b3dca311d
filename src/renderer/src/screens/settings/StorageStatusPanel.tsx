import { useState } from 'react'
import type { AppError } from '../../../../shared/contract/app-error'
import type { SecretStorageStatus } from '../../../../shared/contract/profiles'
import { useFacade } from '../../bridge/facade-context'
import { ErrorNotice } from '../../guidance/ErrorNotice'
import { allowWeakerStorage } from '../../stores/profiles-actions'
import { backendLabel } from './key-status'

/**
 * Where new API keys are kept and how safe that is; offers the explicit "weaker protection" opt-in
 * when the OS has no secure store, explaining that keys otherwise live in memory only.
 */
export function StorageStatusPanel({ storage }: { storage: SecretStorageStatus }) {
  const facade = useFacade()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppError | null>(null)

  const toggle = async (allow: boolean) => {
    setBusy(true)
    setFailure(null)
    const result = await allowWeakerStorage(facade, allow)
    setBusy(false)
    if (!result.ok) setFailure(result.error)
  }

  return (
    <section className="panel" aria-labelledby="key-storage-heading">
      <h2 id="key-storage-heading">Key storage</h2>
      <p>
        New API keys are stored in <strong>{backendLabel(storage.backend)}</strong>
        {storage.secure ? '.' : ' — this is not protected by the operating system.'}
      </p>
      {storage.note ? <p className="muted">{storage.note}</p> : null}
      {storage.weakerAvailable ? (
        <div className="checkbox-field">
          <input
            id="weaker-storage"
            type="checkbox"
            checked={storage.weakerAllowed}
            disabled={busy}
            aria-describedby="weaker-storage-explanation"
            onChange={(e) => void toggle(e.target.checked)}
          />
          <label htmlFor="weaker-storage">Store keys with weaker protection</label>
          <p id="weaker-storage-explanation" className="field-hint">
            No secure key store is available on this system. Without this option, keys are kept in memory only until the
            console closes and must be pasted again next time. With it, keys are written to disk encrypted with a key kept
            beside them — anyone who can read your files could recover them.
          </p>
        </div>
      ) : null}
      {failure ? <ErrorNotice error={failure} headingLevel={3} /> : null}
    </section>
  )
}
