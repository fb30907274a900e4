import { describe, expect, it } from 'vitest'
import { listPhoneCalls } from '@ringplus/usage'
import { usageListingSuite } from './usage-listing-suite'

describe('listPhoneCalls', () => {
  const fixture = usageListingSuite({
    name: 'listPhoneCalls',
    list: listPhoneCalls,
    path: 'phone_calls',
    time: (call) => call.start_time,
  })

  it('returns validated call records', async () => {
    const fx = fixture()
    const calls = await listPhoneCalls(fx.clientFor(fx.userB), { account_id: fx.userB.account_ids[0]!, per_page: 10 })
    expect(calls).toHaveLength(10)
    for (const call of calls) {
      expect(call).toMatchObject({
        id: expect.any(Number),
        account_id: fx.userB.account_ids[0],
        originating_phone_number: expect.any(String),
        destination_phone_number: expect.any(String),
        cost: expect.any(Number),
        duration: expect.any(Number),
      })
      expect(['inbound', 'outbound']).toContain(call.direction)
      expect(call.start_time).toBeInstanceOf(Date)
    }
  })
})
