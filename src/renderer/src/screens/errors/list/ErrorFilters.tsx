import { useId } from 'react'
import type { ErrorListState } from './list-params'
import { StatusFields } from './StatusFields'
import { TimeRangeFields } from './TimeRangeFields'

/** One choice of a select: what goes in the filter and what the operator reads. */
export interface FilterOption {
  value: string
  label: string
}

/** Props: the list state, how to change or clear it, and the choices the log offers for kind, operation and profile. */
export interface ErrorFiltersProps {
  state: ErrorListState
  onChange: (patch: Partial<ErrorListState>) => void
  onClear: () => void
  filtered: boolean
  kinds: readonly string[]
  operations: readonly string[]
  profiles: readonly FilterOption[]
}

/** Keeps the chosen value selectable even when the current rows no longer contain it. */
const withCurrent = (options: readonly FilterOption[], current: string): readonly FilterOption[] =>
  current && !options.some((o) => o.value === current) ? [...options, { value: current, label: current }] : options

function OptionSelect({ id, label, all, value, options, onChange }: { id: string; label: string; all: string; value: string; options: readonly FilterOption[]; onChange: (v: string) => void }) {
  return (
    <div className="toolbar__item">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {withCurrent(options, value).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

const plain = (values: readonly string[]): FilterOption[] => values.map((v) => ({ value: v, label: v }))

/** The error list's filters: time range, status class or code, kind, operation, profile, the search box, and "Clear filters". */
export function ErrorFilters({ state, onChange, onClear, filtered, kinds, operations, profiles }: ErrorFiltersProps) {
  const id = useId()
  return (
    <div className="toolbar error-filters" role="search" aria-label="Filter errors">
      <TimeRangeFields id={id} range={state.range} from={state.from} to={state.to} onChange={onChange} />
      <StatusFields id={id} statusClass={state.statusClass} code={state.code} onChange={onChange} />
      <OptionSelect id={`${id}-kind`} label="Kind" all="All kinds" value={state.kind} options={plain(kinds)} onChange={(kind) => onChange({ kind })} />
      <OptionSelect id={`${id}-op`} label="Operation" all="All operations" value={state.operation} options={plain(operations)} onChange={(operation) => onChange({ operation })} />
      <OptionSelect id={`${id}-profile`} label="Profile" all="All profiles" value={state.profile} options={profiles} onChange={(profile) => onChange({ profile })} />
      <div className="toolbar__item toolbar__item--grow">
        <label htmlFor={`${id}-search`}>Search errors</label>
        <input
          id={`${id}-search`}
          type="search"
          value={state.search}
          placeholder="Detail, message or request ID"
          maxLength={200}
          autoComplete="off"
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </div>
      <div className="toolbar__item">
        <button type="button" onClick={onClear} disabled={!filtered}>
          Clear filters
        </button>
      </div>
    </div>
  )
}
