import { describe, expect, it } from 'vitest'
import { listPhoneTexts } from '@ringplus/usage'
import { usageListingSuite } from './usage-listing-suite'

describe('listPhoneTexts', () => {
  const fixture = usageListingSuite({
    name: 'listPhoneTexts',
    list: listPhoneTexts,
    path: 'phone_texts',
    time: (text) => text.occurred_at,
  })

  it('returns validated text records', async () => {
    const fx = fixture()
    const texts = await listPhoneTexts(fx.clientFor(fx.userB), { account_id: fx.userB.account_ids[0]!, per_page: 10 })
    expect(texts).toHaveLength(10)
    for (const text of texts) {
      expect(text).toMatchObject({ id: expect.any(Number), account_id: fx.userB.account_ids[0], cost: expect.any(Number) })
      expect(['sms', 'mms']).toContain(text.message_type)
      expect(['inbound', 'outbound']).toContain(text.direction)
      expect(text.occurred_at).toBeInstanceOf(Date)
    }
  })
})
