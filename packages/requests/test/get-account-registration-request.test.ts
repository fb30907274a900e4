import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccountRegistrationRequest, registerAccount } from '@ringplus/requests'
import { freshEsn } from './devices'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ clock: 'manual', processingDelayMs: 1000 })
})
afterAll(() => fx?.stop())

function register(fxUser: Fixture['userA']) {
  return registerAccount(fx.clientFor(fxUser), {
    user_id: fxUser.id,
    name: 'Tablet',
    billing_plan_id: fx.sandbox.credentials.billing_plan_ids[0]!,
    device_esn: freshEsn(),
    credit_card_id: fx.sandbox.credentials.credit_card_ids[String(fxUser.id)]![0]!,
  })
}

describe('getAccountRegistrationRequest', () => {
  it('reads the registration as it moves from pending to completed, then carries the account', async () => {
    const client = fx.clientFor(fx.userC)
    const filed = await register(fx.userC)
    const pending = await getAccountRegistrationRequest(client, { request_id: filed.id })
    expect(pending).toMatchObject({ id: filed.id, completed: false, name: 'Tablet' })
    expect(pending.account_id).toBeUndefined()
    expect(pending.account).toBeUndefined()
    fx.sandbox.clock.advance(1000)
    const done = await getAccountRegistrationRequest(client, { request_id: filed.id })
    expect(done).toMatchObject({ id: filed.id, completed: true, successful: true, account_id: expect.any(Number) })
    expect(done.account).toMatchObject({ id: done.account_id, user_id: fx.userC.id, name: 'Tablet' })
    expect(done.account!.registered_on).toBeInstanceOf(Date)
  })

  it('answers 404 for another user’s request', async () => {
    const filed = await register(fx.userB)
    await expect(getAccountRegistrationRequest(fx.clientFor(fx.userA), { request_id: filed.id })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('needs the public scope', async () => {
    await expect(getAccountRegistrationRequest(fx.clientFor(fx.userA, 'request'), { request_id: 1 })).rejects.toSatisfy(
      (error) => error instanceof PermissionError && error.scope === 'public',
    )
  })

  it.each([[{}], [{ request_id: 0 }], [{ request_id: null }]])('rejects %o locally, sending nothing', async (params) => {
    const before = fx.requests()
    await expect(getAccountRegistrationRequest(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
      ParameterValidationError,
    )
    expect(fx.requests()).toBe(before)
  })
})
