import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, useState } from 'react'
import type { ErrorLogFilter, ErrorLogGroup } from '../../../../../shared/contract/error-log'
import { GroupRow } from './GroupRow'

/** A collapsed row's height in px before it is measured (rows are measured once drawn: expanded ones grow). */
const ROW_ESTIMATE_PX = 96

/** Props: the groups loaded so far, their sparkline span, the filter (for expanded records), and paging. */
export interface GroupListProps {
  groups: readonly ErrorLogGroup[]
  total: number
  range: { from: string | null; to: string | null }
  filter: ErrorLogFilter
  busy: boolean
  hasMore: boolean
  onLoadMore: () => void
}

/**
 * The issue rows as a virtualised list: only the rows in view (plus a few) are in the DOM, each
 * measured as drawn so an expanded group can grow; aria-setsize / aria-posinset keep the real
 * position. Past 500 groups, "Load more groups" reads the next page.
 */
export function GroupList({ groups, total, range, filter, busy, hasMore, onLoadMore }: GroupListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders this component itself; nothing here is compiler-memoised
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => groups[index]?.fingerprint ?? index,
    overscan: 4,
    initialRect: { width: 960, height: 560 }
  })
  const items = virtualizer.getVirtualItems()
  const toggle = (fingerprint: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(fingerprint)) next.delete(fingerprint)
      else next.add(fingerprint)
      return next
    })

  return (
    <>
      <div ref={scroller} className="error-groups" role="list" aria-label="Error groups" aria-busy={busy || undefined}>
        <div className="error-groups__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const group = groups[item.index]!
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                className="error-groups__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <GroupRow group={group} range={range} filter={filter} expanded={open.has(group.fingerprint)} onToggle={() => toggle(group.fingerprint)} />
              </div>
            )
          })}
        </div>
      </div>
      {hasMore ? (
        <div className="button-row">
          <span className="muted">
            {groups.length.toLocaleString()} of {total.toLocaleString()} groups loaded
          </span>
          <button type="button" onClick={onLoadMore} disabled={busy}>
            Load more groups
          </button>
        </div>
      ) : null}
    </>
  )
}
