import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changePhoneNumber, getPhoneNumberChangeRequest } from '@ringplus/requests'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ clock: 'manual', processingDelayMs: 1000 })
})
afterAll(() => fx?.stop())

describe('getPhoneNumberChangeRequest', () => {
  it('reads the request as it moves from pending to completed on the sandbox clock', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const filed = await changePhoneNumber(client, { account_id })
    const pending = await getPhoneNumberChangeRequest(client, { request_id: filed.id })
    expect(pending).toMatchObject({ id: filed.id, completed: false, account_id })
    expect(pending.requested_on).toBeInstanceOf(Date)
    fx.sandbox.clock.advance(1000)
    const done = await getPhoneNumberChangeRequest(client, { request_id: filed.id })
    expect(done).toMatchObject({ id: filed.id, completed: true, successful: true, phone_number: expect.any(String) })
  })

  it('answers 404 for another user’s request', async () => {
    const filed = await changePhoneNumber(fx.clientFor(fx.userA), { account_id: fx.userA.account_ids[1]! })
    await expect(getPhoneNumberChangeRequest(fx.clientFor(fx.userB), { request_id: filed.id })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('needs the public scope', async () => {
    await expect(getPhoneNumberChangeRequest(fx.clientFor(fx.userA, 'request'), { request_id: 1 })).rejects.toSatisfy(
      (error) => error instanceof PermissionError && error.scope === 'public',
    )
  })

  it.each([[{}], [{ request_id: -1 }], [{ request_id: 1, account_id: 1 }]])('rejects %o locally, sending nothing', async (params) => {
    const before = fx.requests()
    await expect(getPhoneNumberChangeRequest(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
      ParameterValidationError,
    )
    expect(fx.requests()).toBe(before)
  })
})
