/** The most the badge spells out; more reads "99+" (the accessible text keeps the exact number). */
export const BADGE_MAX = 99

/**
 * The words a screen reader hears after "Error log": " (1 new error)" / " (3 new errors)". Leading space
 * and brackets, because Chromium separates the flex items of the nav link with a space anyway.
 */
export function newErrorsText(count: number): string {
  return ` (${count} new error${count === 1 ? '' : 's'})`
}

/**
 * The nav item's count of errors since the log was last open: a visible pill (hidden from assistive
 * tech) plus visually hidden words, so the link reads "Error log (3 new errors)". Nothing when zero.
 */
export function NewErrorsBadge({ count }: { count: number }) {
  if (count <= 0) return null
  return (
    <>
      <span className="nav-badge" aria-hidden="true">
        {count > BADGE_MAX ? `${BADGE_MAX}+` : count}
      </span>
      <span className="visually-hidden">{newErrorsText(count)}</span>
    </>
  )
}
