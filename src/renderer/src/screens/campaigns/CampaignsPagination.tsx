import type { Pagination } from '../../../../shared/contract/campaigns'

/** Props: the server's pagination block and where to go. */
export interface CampaignsPaginationProps {
  pagination: Pagination
  disabled: boolean
  onPage: (page: number) => void
}

/**
 * Previous / Next with "Page X of Y" and the total, driven by the API's PaginationMeta. The buttons
 * use aria-disabled, not disabled, so focus stays on "Next" after reaching the last page.
 */
export function CampaignsPagination({ pagination, disabled, onPage }: CampaignsPaginationProps) {
  const pages = Math.max(1, pagination.pages)
  const page = Math.min(Math.max(1, pagination.page), pages)
  const canPrev = !disabled && pagination.has_prev
  const canNext = !disabled && pagination.has_next
  return (
    <nav className="pagination" aria-label="Pagination">
      <button type="button" aria-disabled={!canPrev} onClick={() => canPrev && onPage(page - 1)}>
        Previous
      </button>
      <span className="pagination__position">
        Page {page} of {pages}
      </span>
      <button type="button" aria-disabled={!canNext} onClick={() => canNext && onPage(page + 1)}>
        Next
      </button>
      <span className="pagination__total">
        {pagination.total.toLocaleString()} {pagination.total === 1 ? 'campaign' : 'campaigns'} in total
      </span>
    </nav>
  )
}
