import type { AccountRegistrationRequest, DeviceChangeRequest, PhoneNumberChangeRequest } from '@ringplus/models'
import type { RingPlusClient } from '@ringplus/transport'
import { describe, expectTypeOf, it } from 'vitest'
import {
  changeDevice,
  changePhoneNumber,
  getAccountRegistrationRequest,
  getDeviceChangeRequest,
  getPhoneNumberChangeRequest,
  registerAccount,
  waitForRequest,
  type CarrierRequestKind,
} from '@ringplus/requests'

declare const client: RingPlusClient

describe('requests types', () => {
  it('pins the result types', () => {
    expectTypeOf(
      registerAccount(client, { user_id: 1, name: 'x', billing_plan_id: 1, device_esn: 'A1B2C3D4', credit_card_id: 1 }),
    ).resolves.toEqualTypeOf<AccountRegistrationRequest>()
    expectTypeOf(getAccountRegistrationRequest(client, { request_id: 1 })).resolves.toEqualTypeOf<AccountRegistrationRequest>()
    expectTypeOf(changeDevice(client, { account_id: 1, device_esn: 'A1B2C3D4' })).resolves.toEqualTypeOf<DeviceChangeRequest>()
    expectTypeOf(getDeviceChangeRequest(client, { request_id: 1 })).resolves.toEqualTypeOf<DeviceChangeRequest>()
    expectTypeOf(changePhoneNumber(client, { account_id: 1 })).resolves.toEqualTypeOf<PhoneNumberChangeRequest>()
    expectTypeOf(getPhoneNumberChangeRequest(client, { request_id: 1 })).resolves.toEqualTypeOf<PhoneNumberChangeRequest>()
  })

  it('infers the waited-for model from the kind', () => {
    expectTypeOf(waitForRequest(client, { kind: 'device_change', id: 1 })).resolves.toEqualTypeOf<DeviceChangeRequest>()
    expectTypeOf(waitForRequest(client, { kind: 'phone_number_change', id: 1 })).resolves.toEqualTypeOf<PhoneNumberChangeRequest>()
    expectTypeOf(waitForRequest(client, { kind: 'account_registration', id: 1 })).resolves.toEqualTypeOf<AccountRegistrationRequest>()
    void waitForRequest(client, { kind: 'device_change', id: 1 }, {
      onProgress: (state) => expectTypeOf(state.request).toEqualTypeOf<DeviceChangeRequest>(),
    })
    expectTypeOf<CarrierRequestKind>().toEqualTypeOf<'account_registration' | 'device_change' | 'phone_number_change'>()
  })

  it('accepts a filed request spread into the reference', async () => {
    const filed = await changeDevice(client, { account_id: 1, device_esn: 'A1B2C3D4' })
    expectTypeOf(waitForRequest(client, { kind: 'device_change', ...filed })).resolves.toEqualTypeOf<DeviceChangeRequest>()
  })

  it('rejects an unknown kind at compile time', () => {
    // @ts-expect-error not a kind of carrier request
    void waitForRequest(client, { kind: 'sim_swap', id: 1 })
    // @ts-expect-error device_esn is required
    void changeDevice(client, { account_id: 1 })
  })
})
