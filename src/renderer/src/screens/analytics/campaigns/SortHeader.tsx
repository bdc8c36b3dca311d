import type { CampaignSortKey } from '../analytics-params'

/** Props: the column, its label, the current order, and what a click asks for. */
export interface SortHeaderProps {
  column: CampaignSortKey
  label: string
  sort: CampaignSortKey
  dir: 'asc' | 'desc'
  onSort: (column: CampaignSortKey) => void
  numeric?: boolean
}

/** A column header that sorts the table: a button inside the <th>, which carries aria-sort when it is the current order. */
export function SortHeader({ column, label, sort, dir, onSort, numeric = false }: SortHeaderProps) {
  const active = sort === column
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}
