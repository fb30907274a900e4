// GET /accounts, GET /users/{id}/accounts, GET/PUT /accounts/{id}, and a line's enforced
// carrier services and FluidCall credentials.
import type { FastifyInstance } from 'fastify'
import { callerOf, type SandboxContext } from '../context'
import { missingParam, notFound, unprocessable, type FieldError } from '../http/api-problem'
import { parsePagination, setPageHeaders } from '../http/pagination'
import type { Params } from '../http/params'
import { paramsOf, pathId, sendJson, sendNoContent } from '../http/route-helpers'
import type { AccountFilters } from '../store/account-store'

/** The longest account name accepted. */
export const MAX_NAME_LENGTH = 50

/** A phone-number filter: digits only, a leading US country code dropped. */
export function normalizePhoneNumber(value: string): string {
  const digits = value.replace(/[\s().+-]/g, '')
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
}

function filtersOf(params: Params): AccountFilters {
  const nonEmpty = (name: string) => {
    const value = params.get(name)
    return value === undefined || value === '' ? undefined : value
  }
  const phone = nonEmpty('phone_number')
  return {
    name: nonEmpty('name'),
    email_address: nonEmpty('email_address'),
    phone_number: phone === undefined ? undefined : normalizePhoneNumber(phone),
    device_esn: nonEmpty('device_esn'),
    device_iccid: nonEmpty('device_iccid'),
  }
}

/** Checks an account name; returns its field errors. */
export function nameErrors(name: string): FieldError[] {
  if (name.trim() === '') return [{ code: 'blank', field: 'name', message: "can't be blank" }]
  if ([...name].length > MAX_NAME_LENGTH) {
    return [{ code: 'too_long', field: 'name', message: `is too long (maximum is ${MAX_NAME_LENGTH} characters)` }]
  }
  return []
}

/** Registers the account routes. */
export function registerAccountRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const list = (userId: number, request: Parameters<typeof paramsOf>[0], reply: Parameters<typeof sendJson>[0]) => {
    const params = paramsOf(request)
    const page = parsePagination(params)
    const result = ctx.accounts.listAccounts(userId, filtersOf(params), page.perPage, page.offset)
    setPageHeaders(request, reply, page, result.total)
    return sendJson(reply, 200, { accounts: result.items })
  }

  app.get('/accounts', { config: { scope: 'public' } }, (request, reply) => list(callerOf(ctx, request).userId, request, reply))

  app.get('/users/:user_id/accounts', { config: { scope: 'public' } }, (request, reply) => {
    const userId = pathId(request, 'user_id')
    if (userId !== callerOf(ctx, request).userId) throw notFound()
    return list(userId, request, reply)
  })

  app.get('/accounts/:account_id', { config: { scope: 'public' } }, (request, reply) => {
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), callerOf(ctx, request).userId)
    if (!account) throw notFound()
    return sendJson(reply, 200, { account: ctx.accounts.accountDetail(account) })
  })

  app.put('/accounts/:account_id', { config: { scope: 'manage' } }, (request, reply) => {
    const caller = callerOf(ctx, request)
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), caller.userId)
    if (!account) throw notFound()
    const params = paramsOf(request)
    if (!params.hasContainer('account')) throw missingParam('account')
    const name = params.scalar('account[name]', 'name')
    if (name !== undefined) {
      const errors = nameErrors(name)
      if (errors.length > 0) throw unprocessable(errors)
      ctx.accounts.renameAccount(account.id, caller.userId, name.trim())
    }
    return sendNoContent(reply)
  })

  app.get('/accounts/:account_id/enforced_carrier_services', { config: { scope: 'public' } }, (request, reply) => {
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), callerOf(ctx, request).userId)
    if (!account) throw notFound()
    const page = parsePagination(paramsOf(request))
    const result = ctx.lineExtras.carrierServices(account.id, page.perPage, page.offset)
    setPageHeaders(request, reply, page, result.total)
    return sendJson(reply, 200, { enforced_carrier_services: result.items })
  })

  app.get('/accounts/:account_id/fluidcall_credentials', { config: { scope: 'public' } }, (request, reply) => {
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), callerOf(ctx, request).userId)
    if (!account) throw notFound()
    const page = parsePagination(paramsOf(request))
    const result = ctx.lineExtras.fluidCallCredentials(account.id, page.perPage, page.offset)
    setPageHeaders(request, reply, page, result.total)
    return sendJson(reply, 200, { fluidcall_credentials: result.items })
  })
}
