import type { FastifyReply, FastifyRequest } from 'fastify'
import { notFound } from './api-problem'
import { collectParams, type Params } from './params'

/** The JSON content type of every API response. */
export const JSON_TYPE = 'application/json; charset=utf-8'

/** Sends a JSON body. */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).header('content-type', JSON_TYPE).send(JSON.stringify(body))
}

/** Answers 204 No Content. */
export function sendNoContent(reply: FastifyReply): FastifyReply {
  return reply.code(204).send()
}

/** The merged query/form/JSON parameters of a request (contract §6). */
export function paramsOf(request: FastifyRequest): Params {
  return collectParams(request.raw.url ?? '/', request.body)
}

const ID = /^[1-9]\d{0,14}$/

/** A path id as a number; anything but a positive decimal integer is a 404. */
export function pathId(request: FastifyRequest, name: string): number {
  const value = (request.params as Record<string, string | undefined>)[name]
  if (value === undefined || !ID.test(value)) throw notFound()
  return Number(value)
}
