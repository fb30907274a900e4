import type { ApiResponse } from '../types'
import type { Page, PageInfo } from './page'

const pageParam = /[?&]page=(\d+)/
const perPageParam = /[?&]per_page=(\d+)/

/** A numeric query parameter of a URL. */
const param = (url: string | undefined, pattern: RegExp): number | undefined => {
  const value = url && pattern.exec(url)?.[1]
  return value ? Number(value) : undefined
}

/**
 * Turns a list response's items into a {@link Page}: reads `page`/`per_page` from the
 * request URL, `rel="next"`/`rel="last"` from `Link` and `X-Total-Count`, and falls back
 * to the short-page rule when the host sends no `Link`.
 *
 * @param response - The list call's response.
 * @param items - The list inside it, e.g. `response.data.voicemail_messages`.
 * @returns `items`, with a `pagination` property added.
 *
 * @example
 * ```ts
 * const response = await client.request({ method: 'GET', path, endpoint, query, schema: VoicemailMessageListResponseSchema })
 * return toPage(response, response.data.voicemail_messages)
 * ```
 * @public
 */
export function toPage<T>(response: ApiResponse<unknown>, items: T[]): Page<T> {
  const page = param(response.url, pageParam) ?? 1
  const perPage = param(response.url, perPageParam) ?? 25
  const total = response.headers.get('x-total-count')
  const totalCount = total === null ? undefined : Number(total)
  const link = response.headers.get('link')
  const rels: Record<string, string> = {}
  for (const [, target, rel] of (link ?? '').matchAll(/<([^>]*)>[^,]*?rel="?([^",;]*)/g)) {
    for (const name of rel!.split(' ')) rels[name] = target!
  }
  const pagination: PageInfo = {
    page,
    perPage,
    nextPage: link === null ? (items.length < perPage ? undefined : page + 1) : param(rels['next'], pageParam),
    lastPage:
      param(rels['last'], pageParam) ?? (totalCount === undefined ? undefined : Math.max(1, Math.ceil(totalCount / perPage))),
    totalCount,
  }
  return Object.assign(items, { pagination })
}
