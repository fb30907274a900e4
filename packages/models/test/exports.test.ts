import { describe, expect, it } from 'vitest'
import * as models from '../src/index'

// The names other packages code against (brief: pinned-api.md). Renaming one breaks them.
const pinned = {
  classes: ['RingPlusError', 'ResponseValidationError', 'ParameterValidationError'],
  functions: ['isRingPlusError', 'parseResponse', 'parseParams', 'isValidEsn', 'isValidIccid', 'paramsObject'],
  schemas: [
    'EsnSchema',
    'IccidSchema',
    'IdParamSchema',
    'PageParamSchema',
    'PerPageParamSchema',
    'StringParamSchema',
    'BooleanParamSchema',
    'DateParamSchema',
    'UserSchema',
    'ShippingAddressSchema',
    'AccountSchema',
    'AccountDetailSchema',
    'AccountServiceSchema',
    'ActiveDeviceSchema',
    'VoicemailBoxSchema',
    'BillingSubscriptionSchema',
    'PhoneCallSchema',
    'PhoneTextSchema',
    'PhoneDataSchema',
    'VoicemailMessageSchema',
    'AccountRegistrationRequestSchema',
    'DeviceChangeRequestSchema',
    'PhoneNumberChangeRequestSchema',
    'CarrierServiceSchema',
    'FluidCallCredentialSchema',
    'TokenResponseSchema',
    'StatusErrorBodySchema',
    'ErrorListBodySchema',
    'ErrorBodySchema',
    'OAuthErrorBodySchema',
    'AccountListResponseSchema',
    'AccountResponseSchema',
    'UserListResponseSchema',
    'UserResponseSchema',
    'PhoneCallListResponseSchema',
    'PhoneTextListResponseSchema',
    'PhoneDataListResponseSchema',
    'VoicemailMessageListResponseSchema',
    'AccountRegistrationRequestResponseSchema',
    'DeviceChangeRequestResponseSchema',
    'PhoneNumberChangeRequestResponseSchema',
    'CarrierServiceListResponseSchema',
    'FluidCallCredentialListResponseSchema',
  ],
}

describe('public exports', () => {
  it('exports exactly the pinned runtime names', () => {
    expect(Object.keys(models).sort()).toEqual([...pinned.classes, ...pinned.functions, ...pinned.schemas].sort())
  })

  it('exports classes, functions and synchronous valibot schemas', () => {
    for (const name of pinned.classes) expect(models[name as keyof typeof models], name).toBeTypeOf('function')
    for (const name of pinned.functions) expect(models[name as keyof typeof models], name).toBeTypeOf('function')
    for (const name of pinned.schemas) {
      expect(models[name as keyof typeof models], name).toMatchObject({ kind: 'schema', async: false })
    }
  })

  it('builds object schemas with looseObject', () => {
    const notObjects = ['EsnSchema', 'IccidSchema', 'ErrorBodySchema', 'FluidCallCredentialSchema']
    for (const name of pinned.schemas.filter((schema) => !notObjects.includes(schema) && !schema.endsWith('ParamSchema'))) {
      expect(models[name as keyof typeof models], name).toMatchObject({ type: 'loose_object' })
    }
  })
})
