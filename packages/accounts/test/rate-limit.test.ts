import { RateLimitError, type RateLimitHitState } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccount, listAccounts } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ rateLimit: { requests: 3, windowSeconds: 1 } })
})
afterAll(() => fx?.stop())

describe('rate limiting', () => {
  it('fails with RateLimitError once the budget is spent', async () => {
    const client = fx.clientFor(fx.userA)
    for (let i = 0; i < 3; i++) await listAccounts(client)
    const error = await listAccounts(client).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({ status: 429 })
  })

  it('waits for the next window with waitOnRateLimit', async () => {
    const notices: RateLimitHitState[] = []
    const client = fx.clientFor(fx.userA, undefined, {
      waitOnRateLimit: true,
      onRateLimit: (state) => notices.push(state),
    })
    const account_id = fx.userA.account_ids[0]!
    const results = []
    for (let i = 0; i < 5; i++) results.push(await getAccount(client, { account_id }))
    expect(results.map((account) => account.id)).toEqual([account_id, account_id, account_id, account_id, account_id])
    expect(notices.length).toBeGreaterThan(0)
    expect(notices[0]).toMatchObject({ method: 'GET', endpoint: 'GET /accounts/{account_id}', waiting: true })
    expect(client.rateLimit?.limit).toBe(3)
  })
})
