import { RateLimitError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listPhoneCalls } from '@ringplus/usage'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ rateLimit: { requests: 3, windowSeconds: 1 } })
})
afterAll(() => fx?.stop())

describe('rate limiting', () => {
  it('fails with RateLimitError once the budget is spent, by default', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    for (let i = 0; i < 3; i++) await listPhoneCalls(client, { account_id, per_page: 1 })
    await expect(listPhoneCalls(client, { account_id, per_page: 1 })).rejects.toBeInstanceOf(RateLimitError)
  })

  it('waits for the next window with waitOnRateLimit, also while paginating', async () => {
    let notices = 0
    const client = fx.clientFor(fx.userA, undefined, { waitOnRateLimit: true, onRateLimit: () => void notices++ })
    const account_id = fx.userA.account_ids[0]!
    const pages = []
    for await (const page of paginate(client, listPhoneCalls, { account_id, per_page: 1 }, { maxItems: 5 }).pages()) {
      pages.push(page)
    }
    expect(pages).toHaveLength(5)
    expect(notices).toBeGreaterThan(0)
  })
})
