// POST /_sandbox/faults (add a rule, JSON) and DELETE /_sandbox/faults (clear): fault
// injection for processes that have no in-process handle (the CLI with --faults).
import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import type { FaultRule } from '../../types'
import type { SandboxContext } from '../context'
import { badRequest } from '../http/api-problem'
import { sendJson, sendNoContent } from '../http/route-helpers'

const RuleBodySchema = v.strictObject({
  method: v.optional(v.string()),
  path: v.optional(v.string()),
  /** A regular expression source, instead of `path`. */
  path_regex: v.optional(v.pipe(v.string(), v.maxLength(500))),
  kind: v.picklist(['latency', 'status', 'reset', 'malformed']),
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599))),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(600_000))),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  rate: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
})

/** Parses a rule as JSON sends it (`path_regex` for a regular expression). */
export function parseFaultRule(input: unknown): FaultRule {
  const result = v.safeParse(RuleBodySchema, input)
  if (!result.success) {
    const issue = result.issues[0]
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? 'body'
    throw badRequest(`invalid fault rule: ${path}: ${issue.message}`)
  }
  const { path_regex, ...rule } = result.output
  if (path_regex !== undefined) {
    try {
      return { ...rule, path: new RegExp(path_regex) }
    } catch {
      throw badRequest('invalid fault rule: path_regex is not a valid regular expression')
    }
  }
  return rule
}

/** Registers the fault-control routes. */
export function registerControlRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/_sandbox/faults', (request, reply) => {
    ctx.faults.add(parseFaultRule(request.body))
    return sendJson(reply, 201, { ok: true })
  })
  app.delete('/_sandbox/faults', (_request, reply) => {
    ctx.faults.clear()
    return sendNoContent(reply)
  })
}
