import { describe, expect, it } from 'vitest'
import { listPhoneData } from '@ringplus/usage'
import { usageListingSuite } from './usage-listing-suite'

describe('listPhoneData', () => {
  const fixture = usageListingSuite({
    name: 'listPhoneData',
    list: listPhoneData,
    path: 'phone_data',
    time: (record) => record.occurred_at,
  })

  it('returns validated data records', async () => {
    const fx = fixture()
    const records = await listPhoneData(fx.clientFor(fx.userB), { account_id: fx.userB.account_ids[0]!, per_page: 10 })
    expect(records).toHaveLength(10)
    for (const record of records) {
      expect(record).toMatchObject({
        id: expect.any(Number),
        account_id: fx.userB.account_ids[0],
        kilobytes: expect.any(Number),
        cost: expect.any(Number),
        roaming: expect.any(Boolean),
      })
      expect(record.occurred_at).toBeInstanceOf(Date)
    }
  })
})
