import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import type { CampaignSummary } from '../../../../shared/contract/campaigns'
import { StatusBadge } from '../../components/StatusBadge'
import { TruncatedText } from '../../components/TruncatedText'
import { formatDate } from '../../format/dates'
import { paths } from '../../routes/paths'

const count = (n: number) => n.toLocaleString()

/** Props: the rows, the heading that names the table, and the per-row action. */
export interface CampaignsTableProps {
  items: readonly CampaignSummary[]
  labelledBy: string
  /** The row's actions cell (a menu), when the list offers actions. */
  renderActions?: (campaign: CampaignSummary) => ReactNode
}

// A click anywhere on a row opens the campaign (its name link does the navigating, so keyboard and
// middle-click behave as links); clicks on the row's own controls are left alone.
function openRow(event: MouseEvent<HTMLTableRowElement>): void {
  const target = event.target as HTMLElement
  if (target.closest('a, button, input, select, [role="menu"]')) return
  if (window.getSelection()?.toString()) return
  event.currentTarget.querySelector<HTMLAnchorElement>('th a')?.click()
}

// ArrowUp/ArrowDown move between rows' name links (Enter then opens the campaign), Home/End to the ends.
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return
  const row = (event.target as HTMLElement).closest('tr')
  if (!row || (event.target as HTMLElement).closest('[role="menu"]')) return
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('tr > th a')]
  const here = links.findIndex((link) => row.contains(link))
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? links.length - 1 : here + (event.key === 'ArrowDown' ? 1 : -1)
  const target = links[next]
  if (!target) return
  event.preventDefault()
  target.focus()
}

const COUNTERS = ['total_leads', 'sent_count', 'reply_count', 'open_count', 'bounce_count', 'unsubscribe_count'] as const

/**
 * The campaigns list as a real table: name as the row header, counters right-aligned, row actions
 * last. Fixed column widths (the <colgroup>) keep every column in place from one page of results to
 * the next; the name takes the remaining width and long names are cut, never wrapped or overflowing.
 */
export function CampaignsTable({ items, labelledBy, renderActions }: CampaignsTableProps) {
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <colgroup>
        <col className="col-name" />
        <col className="col-status" />
        {COUNTERS.map((key) => (
          <col key={key} className="col-count" />
        ))}
        <col className="col-date" />
        {renderActions ? <col className="col-actions" /> : null}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">Leads</th>
          <th scope="col" className="num">Sent</th>
          <th scope="col" className="num">Replies</th>
          <th scope="col" className="num">Opens</th>
          <th scope="col" className="num">Bounces</th>
          <th scope="col" className="num" title="Unsubscribes">
            <span aria-hidden="true">Unsubs</span>
            <span className="visually-hidden">Unsubscribes</span>
          </th>
          <th scope="col">Created</th>
          {renderActions ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
        </tr>
      </thead>
      <tbody onKeyDown={moveBetweenRows}>
        {items.map((c) => (
          <tr key={c.campaign_id} className="row-link" onClick={openRow}>
            <th scope="row">
              <TruncatedText text={c.name} to={paths.campaign(c.campaign_id)} />
            </th>
            <td>
              <StatusBadge status={c.status} />
            </td>
            {COUNTERS.map((key) => (
              <td key={key} className="num">
                <TruncatedText text={count(c[key])} />
              </td>
            ))}
            <td className="cell-wrap">{c.created_at ? <time dateTime={c.created_at}>{formatDate(c.created_at)}</time> : '–'}</td>
            {renderActions ? <td className="cell-actions">{renderActions(c)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
