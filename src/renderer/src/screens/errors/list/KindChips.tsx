/** Props: matching records per kind, the kind chosen ('' = all) and how to change it. */
export interface KindChipsProps {
  kinds: Record<string, number>
  value: string
  onChange: (kind: string) => void
}

/** Counts per kind as a row of toggle buttons ("validation 12"): pressing one filters by it, pressing it again clears it. */
export function KindChips({ kinds, value, onChange }: KindChipsProps) {
  const entries = Object.entries(kinds).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (value && !(value in kinds)) entries.push([value, 0])
  if (entries.length === 0) return null
  return (
    <div className="error-kind-chips" role="group" aria-label="Errors per kind">
      {entries.map(([kind, count]) => (
        <button key={kind} type="button" className="error-kind-chip" aria-pressed={kind === value} onClick={() => onChange(kind === value ? '' : kind)}>
          {kind} <span className="error-kind-chip__count">{count.toLocaleString()}</span>
        </button>
      ))}
    </div>
  )
}
