// Carrier requests (contract §9): file (scope `request`, 201) and poll (scope `public`).
import type { FastifyInstance, FastifyReply } from 'fastify'
import { callerOf, type SandboxContext } from '../context'
import { missingParam, notFound, unprocessable, type FieldError } from '../http/api-problem'
import type { Params } from '../http/params'
import { paramsOf, pathId, sendJson } from '../http/route-helpers'
import type { RequestKind } from '../store/request-store'
import { isValidEsn, isValidIccid } from '../util/validators'
import { nameErrors } from './account-routes'

/** Reads the required fields of `container`: a missing or empty one is a 400 naming it. */
function required(params: Params, container: string, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const field of fields) {
    const value = params.scalar(`${container}[${field}]`, field)
    if (value === undefined || value === '') throw missingParam(field)
    values[field] = value
  }
  return values
}

/** Validates a device ESN and optional ICCID into `errors`; returns their normalised forms. */
function deviceFields(esn: string, iccid: string | undefined, errors: FieldError[]): { esn: string; iccid: string | undefined } {
  if (!isValidEsn(esn)) errors.push({ code: 'invalid', field: 'device_esn', message: 'is not a valid ESN/MEID' })
  if (iccid !== undefined && !isValidIccid(iccid)) errors.push({ code: 'invalid', field: 'device_iccid', message: 'is not a valid ICCID' })
  return { esn: esn.toUpperCase(), iccid }
}

const ID = /^[1-9]\d{0,14}$/

function created(reply: FastifyReply, path: string, key: string, body: Record<string, unknown>): FastifyReply {
  reply.header('location', `/${path}/${String(body.id)}`)
  return sendJson(reply, 201, { [key]: body })
}

/** Registers the six carrier-request routes. */
export function registerRequestRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/users/:user_id/account_registration_requests', { config: { scope: 'request' } }, (request, reply) => {
    const userId = pathId(request, 'user_id')
    if (userId !== callerOf(ctx, request).userId) throw notFound()
    const params = paramsOf(request)
    const container = 'account_registration_request'
    const values = required(params, container, ['name', 'billing_plan_id', 'device_esn', 'credit_card_id'])
    const errors: FieldError[] = nameErrors(values.name!)
    const planId = values.billing_plan_id!
    if (!ID.test(planId) || !ctx.requests.planExists(Number(planId))) {
      errors.push({ code: 'invalid', field: 'billing_plan_id', message: 'is not an available billing plan' })
    }
    const cardId = values.credit_card_id!
    if (!ID.test(cardId) || !ctx.requests.cardOwned(Number(cardId), userId)) {
      errors.push({ code: 'invalid', field: 'credit_card_id', message: 'is not one of your credit cards' })
    }
    const device = deviceFields(values.device_esn!, params.scalar(`${container}[device_iccid]`, 'device_iccid'), errors)
    if (errors.length > 0) throw unprocessable(errors)
    if (ctx.requests.hasPendingRegistration(userId, device.esn)) {
      throw unprocessable([{ code: 'pending', message: 'a registration for this device is still being processed' }])
    }
    const body = ctx.requests.create('account_registration', {
      userId,
      name: values.name!.trim(),
      billingPlanId: Number(planId),
      creditCardId: Number(cardId),
      deviceEsn: device.esn,
      deviceIccid: device.iccid,
    })
    return created(reply, 'account_registration_requests', 'account_registration_request', body)
  })

  app.post('/accounts/:account_id/device_change_requests', { config: { scope: 'request' } }, (request, reply) => {
    const caller = callerOf(ctx, request)
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), caller.userId)
    if (!account) throw notFound()
    const params = paramsOf(request)
    const container = 'device_change_request'
    const values = required(params, container, ['device_esn'])
    const errors: FieldError[] = []
    const device = deviceFields(values.device_esn!, params.scalar(`${container}[device_iccid]`, 'device_iccid'), errors)
    if (errors.length > 0) throw unprocessable(errors)
    if (ctx.requests.hasPending('device_change', account.id)) {
      throw unprocessable([{ code: 'pending', message: 'another device change request for this account is still being processed' }])
    }
    const body = ctx.requests.create('device_change', {
      userId: caller.userId,
      accountId: account.id,
      deviceEsn: device.esn,
      deviceIccid: device.iccid,
    })
    return created(reply, 'device_change_requests', 'device_change_request', body)
  })

  app.post('/accounts/:account_id/phone_number_change_requests', { config: { scope: 'request' } }, (request, reply) => {
    const caller = callerOf(ctx, request)
    const account = ctx.accounts.ownedAccount(pathId(request, 'account_id'), caller.userId)
    if (!account) throw notFound()
    paramsOf(request) // a conflicting repeated parameter is still a 400
    if (ctx.requests.hasPending('phone_number_change', account.id)) {
      throw unprocessable([{ code: 'pending', message: 'another phone number change request for this account is still being processed' }])
    }
    const body = ctx.requests.create('phone_number_change', { userId: caller.userId, accountId: account.id })
    return created(reply, 'phone_number_change_requests', 'phone_number_change_request', body)
  })

  const status = (path: string, kind: RequestKind) => {
    app.get(`/${path}/:request_id`, { config: { scope: 'public' } }, (request, reply) => {
      const body = ctx.requests.get(kind, pathId(request, 'request_id'), callerOf(ctx, request).userId)
      if (!body) throw notFound()
      return sendJson(reply, 200, { [kind === 'account_registration' ? 'account_registration_request' : `${kind}_request`]: body })
    })
  }
  status('account_registration_requests', 'account_registration')
  status('device_change_requests', 'device_change')
  status('phone_number_change_requests', 'phone_number_change')
}
