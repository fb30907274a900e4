import type { PhoneCall, PhoneData, PhoneText } from '@ringplus/models'
import { paginate, type Page, type RingPlusClient } from '@ringplus/transport'
import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { listPhoneCalls, listPhoneData, listPhoneTexts, type ListUsageParams } from '@ringplus/usage'
import type { ListUsageParamsSchema } from '../src/list-usage-params'

declare const client: RingPlusClient

describe('usage types', () => {
  it('pins the result types', () => {
    expectTypeOf(listPhoneCalls(client, { account_id: 1 })).resolves.toEqualTypeOf<Page<PhoneCall>>()
    expectTypeOf(listPhoneTexts(client, { account_id: 1 })).resolves.toEqualTypeOf<Page<PhoneText>>()
    expectTypeOf(listPhoneData(client, { account_id: 1 })).resolves.toEqualTypeOf<Page<PhoneData>>()
    expectTypeOf<PhoneCall['start_time']>().toEqualTypeOf<Date>()
  })

  it('takes dates as Date or ISO string', () => {
    expectTypeOf<ListUsageParams['start_date']>().toEqualTypeOf<Date | string | undefined>()
    void listPhoneCalls(client, { account_id: 1, start_date: new Date(), end_date: '2016-09-30' })
    // @ts-expect-error a timestamp number is not a date parameter
    void listPhoneCalls(client, { account_id: 1, start_date: 1475243045000 })
    // @ts-expect-error account_id is required
    void listPhoneTexts(client, {})
  })

  it('works with paginate', () => {
    expectTypeOf(paginate(client, listPhoneCalls, { account_id: 1 })).toExtend<AsyncIterable<PhoneCall>>()
    expectTypeOf(paginate(client, listPhoneData, { account_id: 1 }).pages()).toExtend<AsyncIterable<Page<PhoneData>>>()
  })

  it('keeps the documented parameter type in line with the schema', () => {
    expectTypeOf<v.InferInput<typeof ListUsageParamsSchema>>().toEqualTypeOf<ListUsageParams>()
  })
})
