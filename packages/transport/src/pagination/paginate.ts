import type { RequestOptions, RingPlusClient } from '../types'
import type { Page } from './page'

/**
 * The `page`/`per_page` parameters a list operation takes.
 *
 * @example
 * ```ts
 * const params: PageParams = { page: 2, per_page: 100 }
 * ```
 * @public
 */
export interface PageParams {
  /** The page number, from 1. */
  page?: number | undefined
  /** Items per page (at most 100). */
  per_page?: number | undefined
}

/**
 * A list operation {@link paginate} can drive, such as `listPhoneCalls`.
 *
 * @example
 * ```ts
 * const listNumbers: ListFunction<PageParams, number> = async (client, params, options) => {
 *   const response = await client.request({ method: 'GET', path: '/numbers', endpoint: 'GET /numbers', query: { ...params }, schema, options })
 *   return toPage(response, response.data.numbers)
 * }
 * ```
 * @public
 */
export type ListFunction<TParams extends PageParams, TItem> = (
  client: RingPlusClient,
  params: TParams,
  options?: RequestOptions,
) => Promise<Page<TItem>>

/**
 * How {@link paginate} walks a list.
 *
 * @example
 * ```ts
 * const options: PaginateOptions = { maxItems: 500, perPage: 100, concurrency: 4, signal: AbortSignal.timeout(30_000) }
 * ```
 * @public
 */
export interface PaginateOptions {
  /**
   * Stop after this many items.
   * @defaultValue no limit
   */
  maxItems?: number | undefined
  /**
   * How many pages to fetch at once once the first page names the last one (`Link rel="last"`
   * or `X-Total-Count`); items are still yielded in order.
   * @defaultValue `1`
   */
  concurrency?: number | undefined
  /**
   * Cancels the walk, including the request in flight.
   * @defaultValue none
   */
  signal?: AbortSignal | undefined
  /**
   * Page size to ask for (`per_page`), overriding the one in `params`.
   * @defaultValue the API's, 25
   */
  perPage?: number | undefined
}

/**
 * Every item of a list, in order, as an async iterable; `pages()` walks the pages instead.
 *
 * @example
 * ```ts
 * for await (const page of paginate(client, listPhoneCalls, { account_id: 12 }).pages()) {
 *   console.log(page.pagination.page, page.length)
 * }
 * ```
 * @public
 */
export interface Paginated<TItem> extends AsyncIterable<TItem> {
  /** The pages, in order; the last one is cut short when `maxItems` ends inside it. */
  pages(): AsyncIterableIterator<Page<TItem>>
}

/**
 * Walks a list operation page by page, following `Link rel="next"` (or, when the host sends
 * no `Link`, stopping at the first page shorter than `per_page`).
 *
 * @remarks
 * Pages are fetched lazily as you iterate and only one is held at a time (with
 * `concurrency` n, up to n). Breaking out of the loop stops it; `maxItems` bounds it.
 *
 * @param client - The client to call with.
 * @param listFn - A list operation, e.g. `listPhoneCalls`.
 * @param args - The operation's parameters (without `page`, or with the first page to
 *   fetch), then {@link PaginateOptions}.
 * @returns The items, with `.pages()` for the pages.
 *
 * @example
 * ```ts
 * for await (const call of paginate(client, listPhoneCalls, { account_id: 12 }, { maxItems: 100 })) {
 *   console.log(call.start_time, call.duration)
 * }
 * ```
 * @public
 */
export function paginate<TParams extends PageParams, TItem>(
  client: RingPlusClient,
  listFn: ListFunction<TParams, TItem>,
  ...args: object extends TParams ? [params?: TParams, options?: PaginateOptions] : [params: TParams, options?: PaginateOptions]
): Paginated<TItem> {
  const [params = {} as TParams, options = {}] = args
  const { maxItems = Infinity, concurrency = 1, signal, perPage = params.per_page } = options

  async function* pages(): AsyncGenerator<Page<TItem>> {
    // Only parallel walks need their own controller, to cancel prefetched pages on exit.
    let stop: AbortController | undefined
    let requestSignal = signal
    const load = (page: number): Promise<Page<TItem>> =>
      listFn(client, perPage ? { ...params, page, per_page: perPage } : { ...params, page }, { signal: requestSignal })
    let left = maxItems
    let page = params.page ?? 1
    const first = page
    try {
      let current = await load(page)
      const last = current.pagination.lastPage
      const queue: Promise<Page<TItem>>[] = []
      const parallel = concurrency > 1 && last !== undefined
      if (parallel) {
        stop = new AbortController()
        requestSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal
      }
      const lastNeeded = parallel ? Math.min(last, first - 1 + Math.ceil(maxItems / current.pagination.perPage)) : 0
      for (;;) {
        while (queue.length < concurrency && page < lastNeeded) {
          const next = load(++page)
          next.catch(() => undefined) // surfaced when awaited; silenced if abandoned
          queue.push(next)
        }
        yield current.length > left ? Object.assign(current.slice(0, left), { pagination: current.pagination }) : current
        left -= current.length
        if (left <= 0 || !current.length) return
        const next = parallel ? queue.shift() : current.pagination.nextPage
        if (next === undefined || (typeof next === 'number' && next <= page)) return
        // Let go of this page before waiting for the next: only one page is held at a time.
        current = undefined as never
        current = await (typeof next === 'number' ? load((page = next)) : next)
      }
    } finally {
      stop?.abort()
    }
  }

  return {
    [Symbol.asyncIterator]() {
      // A hand-rolled iterator over the pages: far cheaper per item than `yield*` in an
      // async generator, which costs several promise turns per item.
      const source = pages()
      let items: TItem[] = []
      let index = 0
      const done = { done: true, value: undefined } as const
      const nextPage = async (): Promise<IteratorResult<TItem>> => {
        do {
          items = [] // let go of the finished page while the next one loads
          const result = await source.next()
          if (result.done) return done
          items = result.value
          index = 0
        } while (!items.length)
        return { done: false, value: items[index++]! }
      }
      return {
        next(): Promise<IteratorResult<TItem>> {
          // Within a page, no async function: one already-settled promise per item.
          return index < items.length ? Promise.resolve({ done: false, value: items[index++]! }) : nextPage()
        },
        async return(): Promise<IteratorResult<TItem>> {
          await source.return(undefined)
          return done
        },
      }
    },
    pages,
  }
}
