import { RateLimitError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listVoicemailMessages } from '@ringplus/voicemail'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'
import { accountDetail } from '../../../tooling/test-utils/account-detail'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ rateLimit: { requests: 3, windowSeconds: 1 } })
})
afterAll(() => fx?.stop())

describe('rate limiting', () => {
  it('fails with RateLimitError by default and waits with waitOnRateLimit', async () => {
    const plain = fx.clientFor(fx.userA)
    const voicemail_box_id = (await accountDetail(plain, fx.userA.account_ids[0]!)).voicemail_box.id
    for (let i = 0; i < 2; i++) await listVoicemailMessages(plain, { voicemail_box_id })
    await expect(listVoicemailMessages(plain, { voicemail_box_id })).rejects.toBeInstanceOf(RateLimitError)

    let notices = 0
    const patient = fx.clientFor(fx.userA, undefined, { waitOnRateLimit: true, onRateLimit: () => void notices++ })
    for (let i = 0; i < 5; i++) expect((await listVoicemailMessages(patient, { voicemail_box_id })).length).toBeGreaterThan(0)
    expect(notices).toBeGreaterThan(0)
  })
})
