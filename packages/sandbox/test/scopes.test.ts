// Each endpoint of contract §7 demands its scope: a token without it gets 403 and the
// WWW-Authenticate challenge naming the scope; a token with only that scope gets through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { call, start } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.stop())

const ENDPOINTS: [string, string, string, unknown?][] = [
  ['GET', '/accounts', 'public'],
  ['GET', '/users/1/accounts', 'public'],
  ['GET', '/accounts/11', 'public'],
  ['PUT', '/accounts/11', 'manage', { account: { name: 'Alice Personal' } }],
  ['GET', '/users', 'public'],
  ['GET', '/users/1', 'public'],
  ['PUT', '/users/1', 'manage', { user: { email: 'alice@example.com' } }],
  ['GET', '/accounts/11/phone_calls', 'public'],
  ['GET', '/accounts/11/phone_texts', 'public'],
  ['GET', '/accounts/11/phone_data', 'public'],
  ['GET', '/voicemail_boxes/31/voicemail_messages', 'voicemail'],
  ['DELETE', '/voicemail_messages/1', 'voicemail'],
  ['POST', '/users/1/account_registration_requests', 'request', { account_registration_request: { name: 'x', billing_plan_id: 201, device_esn: '0123ABCD', credit_card_id: 301 } }],
  ['GET', '/account_registration_requests/1', 'public'],
  ['POST', '/accounts/11/device_change_requests', 'request', { device_change_request: { device_esn: 'A100000000CAFE' } }],
  ['GET', '/device_change_requests/2', 'public'],
  ['POST', '/accounts/12/phone_number_change_requests', 'request'],
  ['GET', '/phone_number_change_requests/3', 'public'],
  ['GET', '/accounts/11/enforced_carrier_services', 'public'],
  ['GET', '/accounts/11/fluidcall_credentials', 'public'],
]
const ALL = ['public', 'manage', 'voicemail', 'request']

function send(method: string, path: string, scope: string, body?: unknown) {
  const token = sandbox.issueToken({ email: 'alice@example.com', scope }).access_token
  return call(sandbox.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
}

describe('scope enforcement', () => {
  it.each(ENDPOINTS)('%s %s needs %s', async (method, path, scope, body) => {
    for (const other of ALL.filter((s) => s !== scope)) {
      const refused = await send(method, path, other, body)
      expect(refused.status).toBe(403)
      expect(refused.body).toEqual({ status: '403', error: 'insufficient_scope', message: `requires the ${scope} scope` })
      expect(refused.headers.get('www-authenticate')).toBe(`Bearer realm="RingPlus", error="insufficient_scope", scope="${scope}"`)
    }
    const allowed = await send(method, path, scope, body)
    expect(allowed.status).toBeLessThan(300)
  })
})
