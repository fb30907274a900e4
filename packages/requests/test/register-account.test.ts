import { AccountListResponseSchema, ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, ValidationError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccountRegistrationRequest, registerAccount, waitForRequest } from '@ringplus/requests'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { freshEsn, freshIccid } from './devices'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
let plan: number
let cardC: number
beforeAll(async () => {
  fx = await openFixture()
  plan = fx.sandbox.credentials.billing_plan_ids[0]!
  cardC = fx.sandbox.credentials.credit_card_ids[String(fx.userC.id)]![0]!
})
afterAll(() => fx?.stop())

describe('registerAccount', () => {
  it('files a registration that completes with a new account', async () => {
    const client = fx.clientFor(fx.userC)
    const device_esn = freshEsn()
    const device_iccid = freshIccid()
    const request = await registerAccount(client, {
      user_id: fx.userC.id,
      name: 'Second phone',
      billing_plan_id: plan,
      device_esn,
      credit_card_id: cardC,
      device_iccid,
    })
    expect(request).toMatchObject({ id: expect.any(Number), completed: false })
    expect(request.requested_on).toBeInstanceOf(Date)

    const done = await waitForRequest(client, { kind: 'account_registration', id: request.id }, { interval: 5 })
    expect(done).toMatchObject({ id: request.id, completed: true, successful: true })
    expect(done.account).toMatchObject({ user_id: fx.userC.id, name: 'Second phone' })
    expect(done.account_id).toBe(done.account!.id)

    const status = await getAccountRegistrationRequest(client, { request_id: request.id })
    expect(status.account_id).toBe(done.account_id)

    const accounts = await client.request({
      method: 'GET',
      path: '/accounts',
      endpoint: 'GET /accounts',
      schema: AccountListResponseSchema,
    })
    expect(accounts.data.accounts.map((account) => account.id)).toContain(done.account_id)
  })

  it('sends {"account_registration_request":{...}} with the user id only in the path', async () => {
    const server = await startCaptureServer(201, {
      account_registration_request: {
        id: 5,
        requested_on: '2016-09-30T17:04:05Z',
        completed: false,
        successful: false,
        name: 'Kid',
        billing_plan_id: 2,
        device_esn: 'A1B2C3D4',
        credit_card_id: 9,
      },
    })
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      const request = await registerAccount(client, {
        user_id: 3,
        name: 'Kid',
        billing_plan_id: 2,
        device_esn: 'A1B2C3D4',
        credit_card_id: 9,
      })
      expect(request.id).toBe(5)
      expect(server.requests).toHaveLength(1)
      expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/users/3/account_registration_requests' })
      expect(JSON.parse(server.requests[0]!.body)).toEqual({
        account_registration_request: { name: 'Kid', billing_plan_id: 2, device_esn: 'A1B2C3D4', credit_card_id: 9 },
      })
    } finally {
      await server.close()
    }
  })

  it('refuses a card that is not the user’s (422)', async () => {
    const cardA = fx.sandbox.credentials.credit_card_ids[String(fx.userA.id)]![0]!
    const error = await registerAccount(fx.clientFor(fx.userC), {
      user_id: fx.userC.id,
      name: 'Borrowed card',
      billing_plan_id: plan,
      device_esn: freshEsn(),
      credit_card_id: cardA,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors.map((issue) => issue.field)).toContain('credit_card_id')
  })

  it('needs the request scope', async () => {
    const error = await registerAccount(fx.clientFor(fx.userC, 'public manage voicemail'), {
      user_id: fx.userC.id,
      name: 'No scope',
      billing_plan_id: plan,
      device_esn: freshEsn(),
      credit_card_id: cardC,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ status: 403, scope: 'request' })
  })

  it('answers 404 for another user', async () => {
    await expect(
      registerAccount(fx.clientFor(fx.userB), {
        user_id: fx.userC.id,
        name: 'Not mine',
        billing_plan_id: plan,
        device_esn: freshEsn(),
        credit_card_id: cardC,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  const valid = { user_id: 1, name: 'Kid', billing_plan_id: 2, device_esn: 'A1B2C3D4', credit_card_id: 3 }
  it.each([
    [{ ...valid, device_esn: 'A1B2C3D' }, 'device_esn'],
    [{ ...valid, device_esn: 'G1B2C3D4' }, 'device_esn'],
    [{ ...valid, device_iccid: '8901260123456789010' }, 'device_iccid'],
    [{ ...valid, name: '' }, 'name'],
    [{ ...valid, billing_plan_id: undefined }, 'billing_plan_id'],
    [{ ...valid, credit_card_id: 0 }, 'credit_card_id'],
    [{ ...valid, credit_card: 3 }, 'credit_card'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const before = fx.requests()
    const error = await registerAccount(fx.clientFor(fx.userC), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'registerAccount', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
