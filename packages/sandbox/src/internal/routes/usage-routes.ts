// GET /accounts/{id}/phone_calls, /phone_texts, /phone_data with start_date/end_date windows.
import type { FastifyInstance } from 'fastify'
import { callerOf, type SandboxContext } from '../context'
import { notFound, unprocessable, type FieldError } from '../http/api-problem'
import { parsePagination, setPageHeaders } from '../http/pagination'
import type { Params } from '../http/params'
import { JSON_TYPE, paramsOf, pathId } from '../http/route-helpers'
import type { UsageStore } from '../store/usage-store'
import { parseIsoDate } from '../util/time'

/** The window in epoch seconds (both ends inclusive); a date-only `end_date` covers its whole day. */
export function dateWindow(params: Params): { start?: number; end?: number } {
  const errors: FieldError[] = []
  const read = (field: 'start_date' | 'end_date') => {
    const text = params.get(field)
    if (text === undefined || text === '') return undefined
    const parsed = parseIsoDate(text)
    if (!parsed) {
      errors.push({ code: 'invalid', field, message: 'is not a valid ISO 8601 date or time' })
      return undefined
    }
    return parsed
  }
  const start = read('start_date')
  const end = read('end_date')
  if (errors.length > 0) throw unprocessable(errors)
  const window: { start?: number; end?: number } = {}
  if (start) window.start = Math.ceil(start.ms / 1000)
  if (end) window.end = Math.floor(end.ms / 1000) + (end.dateOnly ? 86_399 : 0)
  return window
}

/** Registers the three usage listings. */
export function registerUsageRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const route = (path: string, store: UsageStore) => {
    app.get(`/accounts/:account_id/${path}`, { config: { scope: 'public' } }, (request, reply) => {
      const accountId = pathId(request, 'account_id')
      if (!ctx.accounts.ownsAccount(accountId, callerOf(ctx, request).userId)) throw notFound()
      const params = paramsOf(request)
      const page = parsePagination(params)
      const window = dateWindow(params)
      const result = store.list(accountId, window.start, window.end, page.perPage, page.offset)
      setPageHeaders(request, reply, page, result.total)
      return reply.code(200).header('content-type', JSON_TYPE).send(result.body)
    })
  }
  route('phone_calls', ctx.usage.calls)
  route('phone_texts', ctx.usage.texts)
  route('phone_data', ctx.usage.data)
}
