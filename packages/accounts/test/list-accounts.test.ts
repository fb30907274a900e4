import { ParameterValidationError } from '@ringplus/models'
import { PermissionError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccount, listAccounts } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('listAccounts', () => {
  it('lists the caller’s accounts as validated models on one page', async () => {
    const accounts = await listAccounts(fx.clientFor(fx.userA))
    expect(accounts.map((account) => account.id).sort()).toEqual([...fx.userA.account_ids].sort())
    for (const account of accounts) {
      expect(account.user_id).toBe(fx.userA.id)
      expect(typeof account.name).toBe('string')
      expect(typeof account.phone_number).toBe('string')
      expect(typeof account.balance).toBe('number')
      expect(account.registered_on).toBeInstanceOf(Date)
    }
    expect(Array.isArray(accounts)).toBe(true)
    expect(accounts.pagination).toMatchObject({ page: 1, perPage: 25, nextPage: undefined })
  })

  it('sees only the caller’s own accounts', async () => {
    const b = await listAccounts(fx.clientFor(fx.userB))
    expect(b.map((account) => account.id)).toEqual(fx.userB.account_ids)
    const c = await listAccounts(fx.clientFor(fx.userC))
    expect(c).toHaveLength(0)
  })

  it('pages with page/per_page, and through paginate', async () => {
    const client = fx.clientFor(fx.userA)
    const first = await listAccounts(client, { per_page: 1 })
    expect(first).toHaveLength(1)
    expect(first.pagination).toMatchObject({ page: 1, perPage: 1, nextPage: 2, lastPage: 2, totalCount: 2 })
    const second = await listAccounts(client, { page: 2, per_page: 1 })
    expect(second).toHaveLength(1)
    expect(second.pagination.nextPage).toBeUndefined()
    expect(second[0]!.id).not.toBe(first[0]!.id)

    const ids: number[] = []
    for await (const account of paginate(client, listAccounts, { per_page: 1 })) ids.push(account.id)
    expect(ids.sort()).toEqual([...fx.userA.account_ids].sort())
  })

  it('filters by name, phone number, e-mail address and active device', async () => {
    const client = fx.clientFor(fx.userA)
    const target = await getAccount(client, { account_id: fx.userA.account_ids[1]! })
    const byPhone = await listAccounts(client, { phone_number: target.phone_number })
    expect(byPhone.map((account) => account.id)).toEqual([target.id])
    const byName = await listAccounts(client, { name: target.name })
    expect(byName.map((account) => account.id)).toContain(target.id)
    const byEsn = await listAccounts(client, { device_esn: target.active_device.esn })
    expect(byEsn.map((account) => account.id)).toEqual([target.id])
    if (target.active_device.iccid !== undefined) {
      const byIccid = await listAccounts(client, { device_iccid: target.active_device.iccid })
      expect(byIccid.map((account) => account.id)).toEqual([target.id])
    }
    if (target.email_address !== undefined) {
      const byEmail = await listAccounts(client, { email_address: target.email_address })
      expect(byEmail.map((account) => account.id)).toContain(target.id)
    }
    const none = await listAccounts(client, { phone_number: '0000000000' })
    expect(none).toHaveLength(0)
  })

  it('needs the public scope', async () => {
    const error = await listAccounts(fx.clientFor(fx.userA, 'voicemail')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ status: 403, scope: 'public' })
  })

  it.each([
    [{ per_page: 0 }, 'per_page'],
    [{ per_page: 101 }, 'per_page'],
    [{ page: 1.5 }, 'page'],
    [{ page: -1 }, 'page'],
    [{ device_esn: 'XYZ' }, 'device_esn'],
    [{ device_iccid: '8901260123456789010' }, 'device_iccid'],
    [{ name: 5 }, 'name'],
    [{ nmae: 'Kid' }, 'nmae'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const client = fx.clientFor(fx.userA)
    const before = fx.requests()
    const error = await listAccounts(client, params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'listAccounts', issues: [expect.objectContaining({ path })] })
    expect((error as Error).message).toMatch(/^Invalid parameters for listAccounts: /)
    expect(fx.requests()).toBe(before)
  })

  it('passes the per-call signal through', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(listAccounts(fx.clientFor(fx.userA), {}, { signal: controller.signal })).rejects.toThrow('stop')
  })
})
