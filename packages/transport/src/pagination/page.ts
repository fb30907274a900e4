/**
 * Where a page sits in a list, from the response's `Link` header (RFC 8288) and
 * `X-Total-Count`.
 *
 * @example
 * ```ts
 * const info: PageInfo = { page: 2, perPage: 25, nextPage: 3, lastPage: 8, totalCount: 190 }
 * ```
 * @public
 */
export interface PageInfo {
  /** This page's number, from 1. */
  page: number
  /** The page size asked for (the API's default is 25). */
  perPage: number
  /**
   * The next page's number: from `Link rel="next"` when the response has a `Link` header;
   * otherwise `page + 1` unless this page is shorter than `perPage` (the short-page rule).
   * `undefined` on the last page.
   */
  nextPage?: number | undefined
  /** The last page's number, from `Link rel="last"` (or `X-Total-Count`), when known. */
  lastPage?: number | undefined
  /** How many records the whole list holds, from `X-Total-Count`, when sent. */
  totalCount?: number | undefined
}

/**
 * One page of a list: an array of items (so `page.slice(0, 3)`, `page.map(...)` and
 * `for...of` work) with a `pagination` property.
 *
 * @example
 * ```ts
 * const calls: Page<PhoneCall> = await listPhoneCalls(client, { account_id: 12 })
 * console.log(calls.length, calls.pagination.nextPage)
 * ```
 * @public
 */
export type Page<T> = T[] & {
  /** Where this page sits in the list. */
  pagination: PageInfo
}
