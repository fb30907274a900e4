// GET /voicemail_boxes/{id}/voicemail_messages and DELETE /voicemail_messages/{id}.
import type { FastifyInstance } from 'fastify'
import { callerOf, type SandboxContext } from '../context'
import { notFound, unprocessable } from '../http/api-problem'
import { parsePagination, setPageHeaders } from '../http/pagination'
import { paramsOf, pathId, sendJson, sendNoContent } from '../http/route-helpers'

/** Contract §6: `true`/`false`/`1`/`0` in any letter case; undefined when absent; null when invalid. */
export function parseBoolean(value: string | undefined): boolean | undefined | null {
  if (value === undefined || value === '') return undefined
  const lower = value.toLowerCase()
  if (lower === 'true' || lower === '1') return true
  if (lower === 'false' || lower === '0') return false
  return null
}

/** Registers the voicemail routes. */
export function registerVoicemailRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/voicemail_boxes/:voicemail_box_id/voicemail_messages', { config: { scope: 'voicemail' } }, (request, reply) => {
    const boxId = pathId(request, 'voicemail_box_id')
    if (!ctx.voicemail.ownsBox(boxId, callerOf(ctx, request).userId)) throw notFound()
    const params = paramsOf(request)
    const page = parsePagination(params)
    const onlyNew = parseBoolean(params.get('only_new'))
    if (onlyNew === null) throw unprocessable([{ code: 'invalid', field: 'only_new', message: 'must be true or false' }])
    const result = ctx.voicemail.list(boxId, onlyNew ?? false, page.perPage, page.offset)
    setPageHeaders(request, reply, page, result.total)
    return sendJson(reply, 200, { voicemail_messages: result.items })
  })

  app.delete('/voicemail_messages/:voicemail_message_id', { config: { scope: 'voicemail' } }, (request, reply) => {
    if (!ctx.voicemail.delete(pathId(request, 'voicemail_message_id'), callerOf(ctx, request).userId)) throw notFound()
    return sendNoContent(reply)
  })
}
