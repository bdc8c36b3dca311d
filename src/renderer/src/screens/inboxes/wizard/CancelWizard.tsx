import { useState } from 'react'
import { useNavigate } from 'react-router'
import { Dialog } from '../../../components/Dialog'
import { paths } from '../../../routes/paths'

/** "Cancel": leaves at once when nothing was typed, otherwise asks first (passwords are never kept, so nothing can come back). */
export function CancelWizard({ dirty }: { dirty: () => boolean }) {
  const navigate = useNavigate()
  const [asking, setAsking] = useState(false)
  const leave = () => void navigate(paths.inboxes())
  return (
    <>
      <button type="button" className="link-button" onClick={() => (dirty() ? setAsking(true) : leave())}>
        Cancel
      </button>
      {asking ? (
        <Dialog title="Leave without adding this inbox?" onClose={() => setAsking(false)}>
          <p>What you typed here is not kept — the console never stores inbox passwords.</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={leave}>
              Leave
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Stay
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  )
}
