import type { ReactNode } from 'react'

/** One labelled value; rows whose value is undefined or empty are left out. */
export type Fact = readonly [term: string, value: ReactNode]

/** A definition list of label → value rows (entity overviews, error details): one markup for all of them. */
export function FactList({ facts, className = 'facts', rowClassName = 'facts__row' }: { facts: readonly Fact[]; className?: string; rowClassName?: string }) {
  return (
    <dl className={className}>
      {facts
        .filter(([, value]) => value !== undefined && value !== null && value !== '')
        .map(([term, value]) => (
          <div key={term} className={rowClassName}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
