import { formatDateTime } from '../../../format/dates'
import type { EditorDraft } from './use-editor-draft'

/** Says that unsaved edits were restored (and from when), warns when the campaign changed meanwhile or edits cannot be kept. */
export function DraftNotice({ draft }: { draft: EditorDraft }) {
  return (
    <>
      {draft.restored ? (
        <div className="draft-notice" role="status">
          <p>
            Restored your unsaved changes from {formatDateTime(draft.restored.savedAt)}. Save to apply them, or discard them.
            {draft.staleBase ? ' The campaign was changed elsewhere since then: only the fields you changed will be sent.' : ''}
          </p>
          <button type="button" className="link-button" onClick={draft.dismissRestored}>
            Dismiss
          </button>
        </div>
      ) : null}
      {draft.storageFailed ? (
        <p className="field-warning" role="alert">
          This browser refused to store your unsaved changes (storage full or disabled): save before leaving this page.
        </p>
      ) : null}
    </>
  )
}
