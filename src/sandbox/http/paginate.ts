/** The pagination block every list endpoint answers with (C1, L5, S9). */
export interface Pagination {
  page: number
  limit: number
  total: number
  pages: number
  has_next: boolean
  has_prev: boolean
}

// One page of already filtered and sorted rows, with the documented pagination block; shared by every list.
export function paginate<T>(rows: readonly T[], page: number, limit: number): { rows: T[]; pagination: Pagination } {
  const total = rows.length
  const pages = Math.ceil(total / limit)
  const start = (page - 1) * limit
  return { rows: rows.slice(start, start + limit), pagination: { page, limit, total, pages, has_next: page < pages, has_prev: page > 1 } }
}
