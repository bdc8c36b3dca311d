import { useId } from 'react'
import { useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import { statusLabel } from '../../../format/status-label'
import { GroupError, groupProps } from '../../../forms/GroupError'
import { useFieldMessage } from '../../../forms/use-field-message'
import type { ConsoleForm } from '../../../forms/use-console-form'
import { QueryStates } from '../../../query/QueryStates'
import { useApiQuery } from '../../../query/use-api-query'
import { paths } from '../../../routes/paths'
import { inboxConcern } from '../../inboxes/inbox-text'
import { groupErrorPath } from './editor-issues'
import type { EditorValues } from './editor-values'

/**
 * The sender accounts that send this campaign: one checkbox per inbox, labelled by its email
 * address, with its status and a warning for paused or failing ones (they can be chosen, but the
 * operator sees what they are choosing).
 */
export function InboxPicker({ form }: { form: ConsoleForm<EditorValues> }) {
  const headingId = useId()
  const senders = useApiQuery('senders.list', { page: 1, limit: 100 })
  const chosen = (useWatch({ control: form.form.control, name: 'inbox_ids' }) ?? []) as string[]
  const slot = groupErrorPath('inbox_ids')
  const error = useFieldMessage(form, slot)
  const rows = senders.data?.sender_accounts ?? []
  const unknown = chosen.filter((id) => !rows.some((r) => r.inbox_id === id))
  const toggle = (id: string, on: boolean) => {
    form.form.setValue('inbox_ids', on ? [...chosen, id] : chosen.filter((c) => c !== id), { shouldDirty: true })
    form.form.clearErrors(slot as never)
  }
  const concerns = rows.filter((r) => chosen.includes(r.inbox_id) && inboxConcern(r) !== null)

  return (
    <div role="group" aria-labelledby={headingId} className="inbox-picker" {...groupProps(form, slot, error)}>
      <h3 id={headingId} className="group-heading">
        Sending inboxes
      </h3>
      <GroupError form={form} slot={slot} />
      <QueryStates
        query={senders}
        loading="Loading inboxes…"
        headingLevel={3}
        isEmpty={rows.length === 0}
        empty={
          <p>
            No inboxes yet. <Link to={paths.newInbox()}>Connect an inbox</Link> first.
          </p>
        }
      />
      {rows.length > 0 ? (
        <ul className="inbox-picker__list">
          {rows.map((inbox) => {
            const concern = inboxConcern(inbox)
            const noteId = `${headingId}-${inbox.inbox_id}`
            return (
              <li key={inbox.inbox_id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.includes(inbox.inbox_id)}
                    onChange={(e) => toggle(inbox.inbox_id, e.target.checked)}
                    aria-describedby={noteId}
                  />
                  {inbox.email_address}
                </label>
                <span id={noteId} className={concern ? 'inbox-picker__note inbox-picker__note--warn' : 'inbox-picker__note'}>
                  {statusLabel(inbox.overall_status)}
                  {concern && inbox.overall_status === 'ACTIVE' ? ` — ${concern}` : concern ? ` — ${concern.replace(/^[^:]+: /, '')}` : ''}
                </span>
              </li>
            )
          })}
        </ul>
      ) : null}
      {unknown.length > 0 ? (
        <p className="field-warning">
          {unknown.length} assigned inbox{unknown.length === 1 ? ' is' : 'es are'} not in your first 100 inboxes (or no longer exist): {unknown.join(', ')}
        </p>
      ) : null}
      {concerns.length > 0 ? (
        <p className="field-warning" role="status">
          Check: {concerns.map((c) => c.email_address).join(', ')} {concerns.length === 1 ? 'is' : 'are'} not sending right now.
        </p>
      ) : null}
    </div>
  )
}
