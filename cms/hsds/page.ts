/** The HSDS API's page wrapper (see the `Page` schema of openapi.json). */
export interface HsdsPage<T> {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

/** Wraps one page of results; a page past the end is empty but keeps its number. */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage)
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/** One page of a list that is already in memory. */
export function pageOf<T>(all: T[], page: number, perPage: number): HsdsPage<T> {
  return hsdsPage(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage)
}
