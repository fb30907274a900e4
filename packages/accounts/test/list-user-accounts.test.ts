import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listUserAccounts } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('listUserAccounts', () => {
  it('lists a user’s accounts', async () => {
    const accounts = await listUserAccounts(fx.clientFor(fx.userA), { user_id: fx.userA.id })
    expect(accounts.map((account) => account.id).sort()).toEqual([...fx.userA.account_ids].sort())
    expect(accounts.every((account) => account.user_id === fx.userA.id)).toBe(true)
    expect(accounts[0]!.registered_on).toBeInstanceOf(Date)
  })

  it('pages, also through paginate, and filters', async () => {
    const client = fx.clientFor(fx.userA)
    const first = await listUserAccounts(client, { user_id: fx.userA.id, per_page: 1 })
    expect(first).toHaveLength(1)
    expect(first.pagination.nextPage).toBe(2)
    const all: number[] = []
    for await (const page of paginate(client, listUserAccounts, { user_id: fx.userA.id, per_page: 1 }).pages()) {
      expect(page).toHaveLength(1)
      all.push(page[0]!.id)
    }
    expect(all.sort()).toEqual([...fx.userA.account_ids].sort())
    const filtered = await listUserAccounts(client, { user_id: fx.userA.id, phone_number: first[0]!.phone_number })
    expect(filtered.map((account) => account.id)).toEqual([first[0]!.id])
  })

  it('answers 404 for another user', async () => {
    const error = await listUserAccounts(fx.clientFor(fx.userB), { user_id: fx.userA.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error).toMatchObject({ status: 404 })
  })

  it('needs the public scope', async () => {
    const error = await listUserAccounts(fx.clientFor(fx.userA, 'manage'), { user_id: fx.userA.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ scope: 'public' })
  })

  it.each([
    [{}, 'user_id'],
    [{ user_id: 0 }, 'user_id'],
    [{ user_id: '1' }, 'user_id'],
    [{ user_id: 1, per_page: 500 }, 'per_page'],
    [{ user_id: 1, device_esn: '12345' }, 'device_esn'],
    [{ user_id: 1, account_id: 3 }, 'account_id'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const client = fx.clientFor(fx.userA)
    const before = fx.requests()
    const error = await listUserAccounts(client, params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'listUserAccounts', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
