import { parseStatusCode } from './list-filter'
import type { ErrorListState, StatusClass } from './list-params'

/** Props: the status part of the list state and how to change it. */
export interface StatusFieldsProps {
  id: string
  statusClass: StatusClass | null
  code: string
  onChange: (patch: Partial<Pick<ErrorListState, 'statusClass' | 'code'>>) => void
}

const CLASSES: { value: StatusClass; label: string }[] = [
  { value: '4xx', label: '4xx (request problems)' },
  { value: '5xx', label: '5xx (server problems)' },
  { value: 'none', label: 'No response' }
]

/** The Status select (all, 4xx, 5xx, no HTTP answer) and an exact Status code field, which wins when filled. */
export function StatusFields({ id, statusClass, code, onChange }: StatusFieldsProps) {
  const invalid = code.trim() !== '' && parseStatusCode(code) === undefined
  return (
    <>
      <div className="toolbar__item">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={statusClass ?? ''} onChange={(e) => onChange({ statusClass: (e.target.value || null) as StatusClass | null })}>
          <option value="">All statuses</option>
          {CLASSES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className={invalid ? 'toolbar__item field--invalid' : 'toolbar__item'}>
        <label htmlFor={`${id}-code`}>Status code</label>
        <input
          id={`${id}-code`}
          className="error-filters__code"
          inputMode="numeric"
          placeholder="e.g. 422"
          maxLength={3}
          value={code}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-code-error` : undefined}
          onChange={(e) => onChange({ code: e.target.value })}
        />
        {invalid ? (
          <span id={`${id}-code-error`} className="field-error">
            A code is 1–3 digits.
          </span>
        ) : null}
      </div>
    </>
  )
}
