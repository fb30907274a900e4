// Cross-check with @ringplus/models: every sandbox response parses with the SDK's schemas,
// and the sandbox's own ESN/ICCID checks agree with the SDK's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as models from '@ringplus/models'
import type { Sandbox } from '@ringplus/sandbox'
import { isValidEsn, isValidIccid } from '../src/internal/util/validators'
import { api, exchange, signIn, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
})
afterAll(() => sandbox.stop())

describe('responses parse with @ringplus/models', () => {
  it.each([
    ['/accounts', 'AccountListResponseSchema'],
    ['/users/1/accounts', 'AccountListResponseSchema'],
    ['/accounts/11', 'AccountResponseSchema'],
    ['/users', 'UserListResponseSchema'],
    ['/users/1', 'UserResponseSchema'],
    ['/accounts/11/phone_calls?per_page=100', 'PhoneCallListResponseSchema'],
    ['/accounts/11/phone_texts?per_page=100', 'PhoneTextListResponseSchema'],
    ['/accounts/11/phone_data?per_page=100', 'PhoneDataListResponseSchema'],
    ['/voicemail_boxes/31/voicemail_messages?per_page=100', 'VoicemailMessageListResponseSchema'],
    ['/accounts/11/enforced_carrier_services', 'CarrierServiceListResponseSchema'],
    ['/accounts/11/fluidcall_credentials', 'FluidCallCredentialListResponseSchema'],
  ] as const)('GET %s', async (path, schema) => {
    const answer = await alice.get(path)
    expect(answer.status).toBe(200)
    expect(() => models.parseResponse(models[schema], answer.body, `GET ${path}`)).not.toThrow()
  })

  it('carrier requests, pending and completed', async () => {
    const filed = [
      [await alice.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: 'A1000000C0FFEE' } }), 'device_change_request', 'DeviceChangeRequestResponseSchema', 'device_change_requests'],
      [await alice.query('POST', '/accounts/12/phone_number_change_requests'), 'phone_number_change_request', 'PhoneNumberChangeRequestResponseSchema', 'phone_number_change_requests'],
      [
        await alice.json('POST', '/users/1/account_registration_requests', { account_registration_request: { name: 'Third', billing_plan_id: 201, credit_card_id: 301, device_esn: 'A1000000BEEF01' } }),
        'account_registration_request',
        'AccountRegistrationRequestResponseSchema',
        'account_registration_requests',
      ],
    ] as const
    for (const [answer, key, schema, path] of filed) {
      expect(answer.status).toBe(201)
      expect(() => models.parseResponse(models[schema], answer.body, `POST ${path}`)).not.toThrow()
      const done = await alice.get(`/${path}/${answer.body[key].id}`)
      expect(done.body[key].completed).toBe(true)
      expect(() => models.parseResponse(models[schema], done.body, `GET /${path}/{id}`)).not.toThrow()
    }
  })

  it('token responses and error bodies', async () => {
    const redirect = 'http://127.0.0.1:5555/callback'
    const { location } = await signIn(sandbox, { redirectUri: redirect })
    const { client_id, client_secret } = sandbox.credentials
    const token = await exchange(sandbox, { grant_type: 'authorization_code', code: location.searchParams.get('code')!, redirect_uri: redirect, client_id, client_secret })
    expect(() => models.parseResponse(models.TokenResponseSchema, token.body, 'POST /oauth/token')).not.toThrow()
    const oauthError = await exchange(sandbox, { grant_type: 'nope' })
    expect(() => models.parseResponse(models.OAuthErrorBodySchema, oauthError.body, 'POST /oauth/token')).not.toThrow()
    for (const path of ['/accounts/999', '/accounts/11/phone_calls?per_page=0']) {
      const answer = await alice.get(path)
      expect(() => models.parseResponse(models.ErrorBodySchema, answer.body, `GET ${path}`)).not.toThrow()
    }
  })
})

describe('wire-format checks agree with @ringplus/models', () => {
  const esns = ['0123ABCD', 'a1000000000001', 'A10000000000011', '0123ABC', 'GGGGGGGG', '', ' 0123ABCD', '0123abcd\n']
  const iccids = ['89012600000000000003', '8901260000000000006', '89012600000000000009', '8901260000000000000', '890126000000000000031', 'x9012600000000000003']
  it.each(esns)('ESN %j', (value) => expect(isValidEsn(value)).toBe(models.isValidEsn(value)))
  it.each(iccids)('ICCID %j', (value) => expect(isValidIccid(value)).toBe(models.isValidIccid(value)))
})
