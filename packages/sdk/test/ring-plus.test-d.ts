// Pins the facade's method types: each is the domain operation with its client bound.
import { describe, expectTypeOf, it } from 'vitest'
import {
  API,
  type RingPlus,
  type Account,
  type AccountDetail,
  type DeviceChangeRequest,
  type Page,
  type PhoneCall,
  type PhoneNumberChangeRequest,
  type User,
  type VoicemailMessage,
  type listPhoneCalls,
} from '@ringplus/sdk'

declare const api: RingPlus

describe('RingPlus facade types', () => {
  it('resolves lists to pages of the models', () => {
    expectTypeOf(api.accounts()).resolves.toEqualTypeOf<Page<Account>>()
    expectTypeOf(api.userAccounts({ user_id: 1 })).resolves.toEqualTypeOf<Page<Account>>()
    expectTypeOf(api.users()).resolves.toEqualTypeOf<Page<User>>()
    expectTypeOf(api.calls({ account_id: 1, start_date: new Date() })).resolves.toEqualTypeOf<Page<PhoneCall>>()
    expectTypeOf(api.voicemail({ voicemail_box_id: 1, only_new: true })).resolves.toEqualTypeOf<Page<VoicemailMessage>>()
  })

  it('resolves single resources and writes', () => {
    expectTypeOf(api.getAccount({ account_id: 1 })).resolves.toEqualTypeOf<AccountDetail>()
    expectTypeOf(api.getUser({ user_id: 1 })).resolves.toEqualTypeOf<User>()
    expectTypeOf(api.updateAccount({ account_id: 1, name: 'Work' })).resolves.toEqualTypeOf<void>()
    expectTypeOf(api.deleteVoicemail({ voicemail_message_id: 1 })).resolves.toEqualTypeOf<void>()
    expectTypeOf(api.changeDevice({ account_id: 1, device_esn: 'A1B2C3D4' })).resolves.toEqualTypeOf<DeviceChangeRequest>()
  })

  it('binds the same signatures as the standalone operations, minus the client', () => {
    expectTypeOf(api.calls).parameters.toEqualTypeOf<
      Parameters<typeof listPhoneCalls> extends [unknown, ...infer TRest] ? TRest : never
    >()
  })

  it('keeps waitForRequest generic over the kind', () => {
    expectTypeOf(api.waitForRequest({ kind: 'device_change', id: 1 })).resolves.toEqualTypeOf<DeviceChangeRequest>()
    expectTypeOf(api.waitForRequest({ kind: 'phone_number_change', id: 1 })).resolves.toEqualTypeOf<PhoneNumberChangeRequest>()
  })

  it('paginates to items of the method', () => {
    expectTypeOf(api.paginate(api.calls, { account_id: 1 })).toMatchTypeOf<AsyncIterable<PhoneCall>>()
  })

  it('rejects wrong parameters at compile time', () => {
    // @ts-expect-error account_id is required
    void api.calls({})
    // @ts-expect-error only_new is a boolean
    void api.voicemail({ voicemail_box_id: 1, only_new: 'yes' })
    expectTypeOf(new API('token')).toEqualTypeOf<RingPlus>()
  })
})
