import { RateLimitError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changePhoneNumber, getPhoneNumberChangeRequest, waitForRequest } from '@ringplus/requests'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

// Two requests per token per second; carrier requests take 1.5 s (real clock).
let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ rateLimit: { requests: 2, windowSeconds: 1 }, processingDelayMs: 1500 })
})
afterAll(() => fx?.stop())

describe('rate limiting', () => {
  it('fails with RateLimitError by default', async () => {
    const client = fx.clientFor(fx.userA)
    const filed = await changePhoneNumber(client, { account_id: fx.userA.account_ids[0]! })
    await getPhoneNumberChangeRequest(client, { request_id: filed.id })
    const error = await getPhoneNumberChangeRequest(client, { request_id: filed.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({ status: 429 })
  })

  it('keeps polling through rate limits with waitOnRateLimit', async () => {
    let notices = 0
    const client = fx.clientFor(fx.userB, undefined, { waitOnRateLimit: true, onRateLimit: () => void notices++ })
    const filed = await changePhoneNumber(client, { account_id: fx.userB.account_ids[0]! })
    let polls = 0
    const done = await waitForRequest(client, { kind: 'phone_number_change', id: filed.id }, {
      interval: 100,
      backoff: 1,
      onProgress: () => void polls++,
    })
    expect(done).toMatchObject({ completed: true, successful: true })
    expect(polls).toBeGreaterThan(2)
    expect(notices).toBeGreaterThan(0)
  })
})
