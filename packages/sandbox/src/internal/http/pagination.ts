// Contract §5: `page` (1-based, default 1) and `per_page` (default 25, max 100); anything else
// is a 422. List responses carry `Link` (next/last/first/prev) and `X-Total-Count`.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FieldError } from './api-problem'
import { unprocessable } from './api-problem'
import type { Params } from './params'

/** A validated page request. */
export interface PageRequest {
  page: number
  perPage: number
  offset: number
}

const POSITIVE = /^[1-9]\d{0,14}$/

/** Reads `page` and `per_page`; throws a 422 naming each bad one. */
export function parsePagination(params: Params): PageRequest {
  const errors: FieldError[] = []
  const pageText = params.get('page')
  const perPageText = params.get('per_page')
  let page = 1
  let perPage = 25
  if (pageText !== undefined) {
    if (POSITIVE.test(pageText)) page = Number(pageText)
    else errors.push({ code: 'invalid', field: 'page', message: 'must be a positive integer' })
  }
  if (perPageText !== undefined) {
    if (POSITIVE.test(perPageText) && Number(perPageText) <= 100) perPage = Number(perPageText)
    else errors.push({ code: 'invalid', field: 'per_page', message: 'must be an integer from 1 to 100' })
  }
  if (errors.length > 0) throw unprocessable(errors)
  return { page, perPage, offset: (page - 1) * perPage }
}

/** Sets `Link` and `X-Total-Count` for a page of a list of `total` items. */
export function setPageHeaders(request: FastifyRequest, reply: FastifyReply, page: PageRequest, total: number): void {
  const last = Math.max(1, Math.ceil(total / page.perPage))
  const raw = request.raw.url ?? '/'
  const q = raw.indexOf('?')
  const path = q < 0 ? raw : raw.slice(0, q)
  const base = `${request.protocol}://${request.host}${path}`
  // The request's own query string minus page/per_page, kept as sent (filters stay encoded as the client encoded them).
  const kept =
    q < 0
      ? ''
      : raw
          .slice(q + 1)
          .split('&')
          .filter((pair) => pair !== '' && !/^(page|per_page)(=|$)/.test(pair))
          .map((pair) => `${pair}&`)
          .join('')
  const link = (n: number): string => `<${base}?${kept}page=${n}&per_page=${page.perPage}>`
  const links: string[] = []
  if (page.page < last) links.push(`${link(page.page + 1)}; rel="next"`)
  links.push(`${link(last)}; rel="last"`, `${link(1)}; rel="first"`)
  if (page.page > 1) links.push(`${link(Math.min(page.page - 1, last))}; rel="prev"`)
  reply.header('link', links.join(', '))
  reply.header('x-total-count', String(total))
}
