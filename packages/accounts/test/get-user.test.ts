import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getUser } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('getUser', () => {
  it('reads the user with shipping addresses and accounts', async () => {
    const user = await getUser(fx.clientFor(fx.userA), { user_id: fx.userA.id })
    expect(user).toMatchObject({ id: fx.userA.id, email: fx.userA.email })
    expect(user.registered_on).toBeInstanceOf(Date)
    for (const address of user.shipping_addresses) {
      expect(address).toMatchObject({ id: expect.any(Number), line1: expect.any(String), city: expect.any(String) })
    }
    expect(user.accounts.map((account) => account.id).sort()).toEqual([...fx.userA.account_ids].sort())
    const c = await getUser(fx.clientFor(fx.userC), { user_id: fx.userC.id })
    expect(c.accounts).toEqual([])
  })

  it('answers 404 for another user', async () => {
    const error = await getUser(fx.clientFor(fx.userB), { user_id: fx.userA.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain(`/users/${fx.userA.id}`)
  })

  it('needs the public scope', async () => {
    await expect(getUser(fx.clientFor(fx.userA, 'manage'), { user_id: fx.userA.id })).rejects.toSatisfy(
      (error) => error instanceof PermissionError && error.scope === 'public',
    )
  })

  it.each([[{}], [{ user_id: 0 }], [{ user_id: 1.25 }], [{ user_id: 1, email: 'x' }]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(getUser(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(ParameterValidationError)
      expect(fx.requests()).toBe(before)
    },
  )
})
