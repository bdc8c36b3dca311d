import { formatWindow, formatInstant } from './window-format'
import { nextSendingWindows, scheduleProblems, type SendingSchedule } from './send-windows'
import { resolveSchedule } from './schedule-rules'
import { parseStartDate } from './start-date'
import './schedule.css'

/** Props of SendPreview. */
export interface SendPreviewProps {
  schedule: SendingSchedule
  /** The operator's zone for the second column; default this machine's. */
  operatorTimeZone?: string
  /** "Now" for the calculation; default the time of rendering. */
  now?: Date
  /** How many windows to list (default 5). */
  count?: number
}

/**
 * The campaign's next sending windows on the campaign's clock and the operator's, so "09:00–17:00
 * New York" is not misread from London. Lists the schedule's problems instead when it has any.
 */
export function SendPreview({ schedule, operatorTimeZone, now, count = 5 }: SendPreviewProps) {
  const problems = scheduleProblems(schedule)
  if (problems.length) {
    return (
      <div className="send-preview" role="group" aria-label="Next sending windows">
        <p>No sending windows to show until the schedule is fixed:</p>
        <ul className="error-specifics">
          {problems.map((p) => (
            <li key={`${p.path}:${p.msg}`}>{p.msg}</li>
          ))}
        </ul>
      </div>
    )
  }
  const at = now ?? new Date()
  const resolved = resolveSchedule(schedule)
  const campaignZone = resolved.timezone
  const yourZone = operatorTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const sameZone = yourZone === campaignZone
  const windows = nextSendingWindows(schedule, at, count)
  const startDate = resolved.start_date ? parseStartDate(resolved.start_date, campaignZone) : null

  return (
    <div className="send-preview">
      {startDate && startDate > at ? (
        <p>
          Starts {formatInstant(startDate, campaignZone)} ({campaignZone})
          {sameZone ? null : `, ${formatInstant(startDate, yourZone)} your time`}.
        </p>
      ) : null}
      {sameZone ? <p className="field-hint">Your time zone is the campaign’s ({campaignZone}), so one column is enough.</p> : null}
      <table className="send-preview__table">
        <caption>Next sending windows</caption>
        <thead>
          <tr>
            <th scope="col">Campaign time ({campaignZone})</th>
            {sameZone ? null : <th scope="col">Your time ({yourZone})</th>}
          </tr>
        </thead>
        <tbody>
          {windows.map((w) => (
            <tr key={w.start.getTime()}>
              <td>
                {formatWindow(w, campaignZone)}
                {w.inProgress ? <strong>{w.start <= at ? ' (open now)' : ' (from the start date)'}</strong> : null}
              </td>
              {sameZone ? null : <td>{formatWindow(w, yourZone)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
