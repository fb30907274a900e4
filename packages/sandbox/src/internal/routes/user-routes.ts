// GET /users, GET /users/{id}, PUT /users/{id}. A user sees only themself.
import type { FastifyInstance } from 'fastify'
import { callerOf, type SandboxContext } from '../context'
import { missingParam, notFound, unprocessable, type FieldError } from '../http/api-problem'
import { parsePagination, setPageHeaders } from '../http/pagination'
import { paramsOf, pathId, sendJson, sendNoContent } from '../http/route-helpers'
import { hashPassword } from '../util/crypto'
import { isValidEmail } from '../util/validators'

/** Password length bounds. */
export const MIN_PASSWORD = 8
const MAX_PASSWORD = 128

/** Registers the user routes. */
export function registerUserRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/users', { config: { scope: 'public' } }, (request, reply) => {
    const caller = callerOf(ctx, request)
    const params = paramsOf(request)
    const page = parsePagination(params)
    const me = ctx.accounts.userJson(caller.userId)
    const filter = params.get('email_address')
    const matches = me && (!filter || filter.toLowerCase() === String(me.email).toLowerCase()) ? [me] : []
    setPageHeaders(request, reply, page, matches.length)
    return sendJson(reply, 200, { users: matches.slice(page.offset, page.offset + page.perPage) })
  })

  app.get('/users/:user_id', { config: { scope: 'public' } }, (request, reply) => {
    const userId = pathId(request, 'user_id')
    if (userId !== callerOf(ctx, request).userId) throw notFound()
    const user = ctx.accounts.userJson(userId)
    if (!user) throw notFound()
    return sendJson(reply, 200, { user })
  })

  app.put('/users/:user_id', { config: { scope: 'manage' } }, async (request, reply) => {
    const userId = pathId(request, 'user_id')
    if (userId !== callerOf(ctx, request).userId) throw notFound()
    const params = paramsOf(request)
    if (!params.hasContainer('user')) throw missingParam('user')
    const email = params.scalar('user[email]', 'email')?.trim()
    const password = params.scalar('user[password]', 'password')
    const errors: FieldError[] = []
    if (email !== undefined) {
      if (email === '') errors.push({ code: 'blank', field: 'email', message: "can't be blank" })
      else if (!isValidEmail(email)) errors.push({ code: 'invalid', field: 'email', message: 'is invalid' })
      else {
        const holder = ctx.accounts.userIdByEmail(email)
        if (holder !== undefined && holder !== userId) errors.push({ code: 'taken', field: 'email', message: 'has already been taken' })
      }
    }
    if (password !== undefined) {
      if (password.length < MIN_PASSWORD) {
        errors.push({ code: 'too_short', field: 'password', message: `is too short (minimum is ${MIN_PASSWORD} characters)` })
      } else if (password.length > MAX_PASSWORD) {
        errors.push({ code: 'too_long', field: 'password', message: `is too long (maximum is ${MAX_PASSWORD} characters)` })
      }
    }
    if (errors.length > 0) throw unprocessable(errors)
    const hash = password === undefined ? undefined : await hashPassword(password)
    ctx.accounts.updateUser(userId, email, hash)
    return sendNoContent(reply)
  })
}
