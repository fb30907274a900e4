import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FaultRule } from '../../types'
import { statusBody } from './api-problem'
import { JSON_TYPE, sendJson } from './route-helpers'

const PARTIAL_BODY = '{"faulted":true,"items":[{"id":1,"note":"this body is cut short by the sandbox'

/** Answers a request with a fault instead of its real response. */
export function applyFault(fault: FaultRule, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (fault.kind === 'status') {
    const status = fault.status ?? 500
    if (status === 429) {
      reply.header('retry-after', '1')
      return sendJson(reply, 429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] })
    }
    if (status === 503) reply.header('retry-after', '1')
    return sendJson(reply, status, statusBody(status))
  }
  if (fault.kind === 'malformed') {
    return reply.code(200).header('content-type', JSON_TYPE).send(PARTIAL_BODY)
  }
  // reset: the status line, headers promising a longer body, half of it, then a TCP reset.
  reply.hijack()
  const res = reply.raw
  res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': String(PARTIAL_BODY.length * 2) })
  res.write(PARTIAL_BODY, () => {
    const socket = request.raw.socket
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy()
    else socket.destroy()
  })
  return reply
}
