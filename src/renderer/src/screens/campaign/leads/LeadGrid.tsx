import type { Lead } from '../../../../../shared/contract/leads'
import { formatDate } from '../../../format/dates'
import type { VisibleRange } from '../../../lists/page-plan'
import { VirtualGrid } from '../../../lists/VirtualGrid'

/** Props: how many rows exist, how to read one (undefined = not loaded yet), and what to do with them. */
export interface LeadGridProps {
  total: number
  rowAt: (index: number) => Lead | undefined
  /** The viewport's rows changed (after each scroll or resize): the caller loads their pages. */
  onRangeChange: (range: VisibleRange) => void
  onOpen: (lead: Lead) => void
  busy: boolean
}

const COLUMNS = ['Email', 'Name', 'Company', 'Status', 'Added'] as const
const TEMPLATE = 'minmax(12rem, 2.2fr) minmax(7rem, 1.3fr) minmax(7rem, 1.3fr) 8.5rem 8rem'

function LeadCells(lead: Lead) {
  const name = [lead.first_name, lead.last_name].filter(Boolean).join(' ')
  return (
    <>
      <div role="gridcell" className="virtual-grid__cell virtual-grid__cell--strong" title={lead.email}>
        {lead.email}
      </div>
      <div role="gridcell" className="virtual-grid__cell" title={name || undefined}>
        {name || '–'}
      </div>
      <div role="gridcell" className="virtual-grid__cell" title={lead.company ?? undefined}>
        {lead.company ?? '–'}
      </div>
      <div role="gridcell" className="virtual-grid__cell">
        <span className="badge">{lead.status}</span>
      </div>
      <div role="gridcell" className="virtual-grid__cell">
        {formatDate(lead.created_at)}
      </div>
    </>
  )
}

/** The campaign's leads as a keyboard-driven virtual grid: email, name, company, status and date added. */
export function LeadGrid(props: LeadGridProps) {
  return <VirtualGrid label="Leads" columns={COLUMNS} template={TEMPLATE} cells={LeadCells} {...props} />
}
