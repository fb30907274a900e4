import { ParameterValidationError } from '@ringplus/models'
import { PermissionError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listUsers } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('listUsers', () => {
  it('lists the users the caller can see: themselves', async () => {
    const users = await listUsers(fx.clientFor(fx.userA))
    expect(users.map((user) => user.id)).toEqual([fx.userA.id])
    const [user] = users
    expect(user).toMatchObject({ id: fx.userA.id, email: fx.userA.email })
    expect(user!.registered_on).toBeInstanceOf(Date)
    expect(Array.isArray(user!.shipping_addresses)).toBe(true)
    expect(user!.accounts.map((account) => account.id).sort()).toEqual([...fx.userA.account_ids].sort())
    expect(users.pagination).toMatchObject({ page: 1, nextPage: undefined })
  })

  it('filters by email_address', async () => {
    const client = fx.clientFor(fx.userA)
    expect(await listUsers(client, { email_address: fx.userA.email })).toHaveLength(1)
    expect(await listUsers(client, { email_address: fx.userB.email })).toHaveLength(0)
  })

  it('pages, also through paginate', async () => {
    const client = fx.clientFor(fx.userB)
    const page = await listUsers(client, { page: 1, per_page: 1 })
    expect(page.map((user) => user.id)).toEqual([fx.userB.id])
    expect(page.pagination.nextPage).toBeUndefined()
    const past = await listUsers(client, { page: 2, per_page: 1 })
    expect(past).toHaveLength(0)
    const ids: number[] = []
    for await (const user of paginate(client, listUsers, { per_page: 1 })) ids.push(user.id)
    expect(ids).toEqual([fx.userB.id])
  })

  it('needs the public scope', async () => {
    await expect(listUsers(fx.clientFor(fx.userA, 'voicemail'))).rejects.toSatisfy(
      (error) => error instanceof PermissionError && error.scope === 'public',
    )
  })

  it.each([[{ email: 'a@example.com' }], [{ email_address: 3 }], [{ per_page: 0 }], [{ page: 0 }]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(listUsers(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(ParameterValidationError)
      expect(fx.requests()).toBe(before)
    },
  )
})
