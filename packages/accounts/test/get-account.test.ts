import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccount } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('getAccount', () => {
  it('reads the detailed account', async () => {
    const id = fx.userA.account_ids[0]!
    const account = await getAccount(fx.clientFor(fx.userA), { account_id: id })
    expect(account).toMatchObject({ id, user_id: fx.userA.id })
    expect(account.registered_on).toBeInstanceOf(Date)
    expect(Array.isArray(account.account_services)).toBe(true)
    for (const service of account.account_services) {
      expect(service).toMatchObject({ id: expect.any(Number), name: expect.any(String), active: expect.any(Boolean) })
    }
    expect(account.active_device).toMatchObject({ id: expect.any(Number), model_name: expect.any(String), esn: expect.any(String) })
    expect(account.active_device.registered_on).toBeInstanceOf(Date)
    expect(account.voicemail_box).toMatchObject({ id: expect.any(Number), message_count: expect.any(Number) })
    expect(Array.isArray(account.billing_subscriptions)).toBe(true)
    for (const subscription of account.billing_subscriptions) {
      expect(subscription.created_at).toBeInstanceOf(Date)
      expect(typeof subscription.price).toBe('number')
    }
  })

  it('answers 404 for another user’s account and for one that does not exist', async () => {
    const client = fx.clientFor(fx.userB)
    const theirs = await getAccount(client, { account_id: fx.userA.account_ids[0]! }).catch((e: unknown) => e)
    expect(theirs).toBeInstanceOf(NotFoundError)
    expect((theirs as Error).message).toContain(`GET ${fx.sandbox.url}/accounts/${fx.userA.account_ids[0]}`)
    const missing = await getAccount(client, { account_id: 999_999_999 }).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(NotFoundError)
  })

  it('needs the public scope', async () => {
    const error = await getAccount(fx.clientFor(fx.userA, 'request'), { account_id: fx.userA.account_ids[0]! }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ scope: 'public' })
  })

  it.each([[{}], [{ account_id: 0 }], [{ account_id: 'x' }], [{ account_id: 1, page: 1 }], [null]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(getAccount(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(ParameterValidationError)
      expect(fx.requests()).toBe(before)
    },
  )
})
