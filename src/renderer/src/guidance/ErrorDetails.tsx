import type { AppError } from '../../../shared/contract/app-error'
import { FactList } from '../components/FactList'
import { formatDateTime } from '../format/dates'

/** Support details (status, operation, request id, time) folded away — as text, never raw JSON. */
export function ErrorDetails({ error }: { error: AppError }) {
  const rows: Array<[string, string]> = [
    ['Kind', error.kind],
    ['Status', error.status === undefined ? 'no response' : String(error.status)],
    ['Operation', error.operation],
    ['Request ID', error.requestId ?? '–'],
    ['Time', formatDateTime(error.timestamp)]
  ]
  if (error.attempts !== undefined) rows.push(['Attempts', String(error.attempts)])
  return (
    <details className="error-details">
      <summary>Details</summary>
      <FactList facts={rows} className="error-details__list" rowClassName="error-details__row" />
    </details>
  )
}
