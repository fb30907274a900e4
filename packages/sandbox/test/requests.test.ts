// Carrier requests (contract §9): validation, life cycle on the sandbox clock, outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, start, tokenFor } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
let carol: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start({ clock: 'manual', processingDelayMs: 2000 })
  alice = api(sandbox, tokenFor(sandbox, 0))
  carol = api(sandbox, tokenFor(sandbox, 2))
})
afterAll(() => sandbox.stop())

let esnCounter = 0
const freshEsn = () => `A1FF${String(++esnCounter).padStart(10, '0')}`
const VALID_ICCID = '89012600000000000003' // Luhn-valid; ...0009 is not

async function settle<T>(path: string, key: string): Promise<T> {
  sandbox.clock.advance(2000)
  const answer = await alice.get(path)
  expect(answer.status).toBe(200)
  return answer.body[key] as T
}

describe('device change', () => {
  it('runs from completed:false to a new active device', async () => {
    const esn = freshEsn()
    const filed = await alice.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: esn.toLowerCase(), device_iccid: VALID_ICCID } })
    expect(filed.status).toBe(201)
    const request = filed.body.device_change_request
    expect(request).toEqual({ id: expect.any(Number), requested_on: expect.stringMatching(/Z$/), completed: false, successful: false, account_id: 11, device_esn: esn, device_iccid: VALID_ICCID })
    expect(filed.headers.get('location')).toBe(`/device_change_requests/${request.id}`)

    sandbox.clock.advance(1999)
    expect((await alice.get(`/device_change_requests/${request.id}`)).body.device_change_request.completed).toBe(false)
    const done = await settle<Record<string, unknown>>(`/device_change_requests/${request.id}`, 'device_change_request')
    expect(done).toMatchObject({ completed: true, successful: true })
    expect(done.error_message).toBeUndefined()
    const device = (await alice.get('/accounts/11')).body.account.active_device
    expect(device).toMatchObject({ esn, iccid: VALID_ICCID })
  })

  it('fails for an ESN on the lost/stolen list', async () => {
    const [stolen] = sandbox.credentials.lost_or_stolen_esns
    const filed = await alice.json('POST', '/accounts/12/device_change_requests', { device_change_request: { device_esn: stolen } })
    const done = await settle<Record<string, unknown>>(`/device_change_requests/${filed.body.device_change_request.id}`, 'device_change_request')
    expect(done).toMatchObject({ completed: true, successful: false, error_message: expect.stringMatching(/lost or stolen/) })
  })

  it('fails for an ESN active on another line, and the other line keeps it', async () => {
    const bobsEsn = (await api(sandbox, tokenFor(sandbox, 1)).get('/accounts/13')).body.account.active_device.esn
    const before = (await alice.get('/accounts/12')).body.account.active_device
    const filed = await alice.form('POST', '/accounts/12/device_change_requests', `device_change_request%5Bdevice_esn%5D=${bobsEsn}`)
    expect(filed.status).toBe(201)
    const done = await settle<Record<string, unknown>>(`/device_change_requests/${filed.body.device_change_request.id}`, 'device_change_request')
    expect(done).toMatchObject({ completed: true, successful: false, error_message: expect.stringMatching(/another line/) })
    expect((await alice.get('/accounts/12')).body.account.active_device).toEqual(before)
  })

  it('allows one unfinished device change per line', async () => {
    const first = await alice.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: freshEsn() } })
    expect(first.status).toBe(201)
    const second = await alice.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: freshEsn() } })
    expect(second.status).toBe(422)
    expect(second.body.errors[0].code).toBe('pending')
    // Another line, and another kind, are not blocked.
    expect((await alice.json('POST', '/accounts/12/device_change_requests', { device_change_request: { device_esn: freshEsn() } })).status).toBe(201)
    await settle(`/device_change_requests/${first.body.device_change_request.id}`, 'device_change_request')
    expect((await alice.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: freshEsn() } })).status).toBe(201)
    sandbox.clock.advance(2000)
  })

  it.each([
    [{ device_esn: '123' }, ['device_esn']],
    [{ device_esn: 'A1000000000000F' }, ['device_esn']],
    [{ device_esn: 'GGGGGGGG' }, ['device_esn']],
    [{ device_esn: '0123ABCD', device_iccid: '89012600000000000009' }, ['device_iccid']],
    [{ device_esn: '0123ABCD', device_iccid: '123' }, ['device_iccid']],
    [{ device_esn: 'nope', device_iccid: 'nope' }, ['device_esn', 'device_iccid']],
  ])('422 for %j, and no request is filed', async (fields, invalid) => {
    const answer = await alice.json('POST', '/accounts/12/device_change_requests', { device_change_request: fields })
    expect(answer.status).toBe(422)
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(invalid)
  })

  it('400 when device_esn is missing or empty', async () => {
    for (const body of [{}, { device_change_request: {} }, { device_change_request: { device_esn: '' } }]) {
      const answer = await alice.json('POST', '/accounts/12/device_change_requests', body)
      expect(answer.status).toBe(400)
      expect(answer.body.message).toBe('param is missing or the value is empty: device_esn')
    }
  })

  it('404 for another user’s line and another user’s request', async () => {
    expect((await carol.json('POST', '/accounts/11/device_change_requests', { device_change_request: { device_esn: freshEsn() } })).status).toBe(404)
    expect((await carol.get('/device_change_requests/1')).status).toBe(404)
    expect((await alice.get('/phone_number_change_requests/1')).status).toBe(404)
  })
})

describe('phone number change', () => {
  it('assigns a new number from the pool', async () => {
    const old = (await alice.get('/accounts/12')).body.account.phone_number
    const filed = await alice.query('POST', '/accounts/12/phone_number_change_requests?account_id=12')
    expect(filed.status).toBe(201)
    expect(filed.body.phone_number_change_request).toMatchObject({ completed: false, successful: false, account_id: 12 })
    expect(filed.body.phone_number_change_request.phone_number).toBeUndefined()
    const again = await alice.query('POST', '/accounts/12/phone_number_change_requests')
    expect(again.status).toBe(422)
    const done = await settle<Record<string, string>>(`/phone_number_change_requests/${filed.body.phone_number_change_request.id}`, 'phone_number_change_request')
    expect(done).toMatchObject({ completed: true, successful: true, phone_number: expect.stringMatching(/^\d{10}$/) })
    expect(done.phone_number).not.toBe(old)
    expect((await alice.get('/accounts/12')).body.account.phone_number).toBe(done.phone_number)
  })
})

describe('account registration', () => {
  const valid = () => ({ name: 'Carol Phone', billing_plan_id: 203, device_esn: freshEsn(), credit_card_id: 304 })

  it('creates a complete line: account, device, voicemail box, subscription', async () => {
    const fields = { ...valid(), device_iccid: '8901260000000000006' }
    const filed = await carol.json('POST', '/users/3/account_registration_requests', { account_registration_request: fields })
    expect(filed.status).toBe(201)
    const request = filed.body.account_registration_request
    expect(request).toEqual({
      id: expect.any(Number),
      requested_on: expect.any(String),
      completed: false,
      successful: false,
      name: 'Carol Phone',
      billing_plan_id: 203,
      credit_card_id: 304,
      device_esn: fields.device_esn,
      device_iccid: fields.device_iccid,
    })
    sandbox.clock.advance(2000)
    const done = (await carol.get(`/account_registration_requests/${request.id}`)).body.account_registration_request
    expect(done).toMatchObject({ completed: true, successful: true, account_id: expect.any(Number) })
    expect(done.account).toMatchObject({ id: done.account_id, user_id: 3, name: 'Carol Phone', phone_number: expect.stringMatching(/^\d{10}$/) })
    const account = (await carol.get(`/accounts/${done.account_id}`)).body.account
    expect(account.active_device).toMatchObject({ esn: fields.device_esn })
    expect(account.voicemail_box).toEqual({ id: expect.any(Number), message_count: 0, new_message_count: 0 })
    expect(account.billing_subscriptions).toEqual([expect.objectContaining({ billing_plan_id: 203 })])
    expect((await carol.get('/accounts')).body.accounts).toHaveLength(1)
    expect((await carol.get(`/voicemail_boxes/${account.voicemail_box.id}/voicemail_messages`)).body).toEqual({ voicemail_messages: [] })
  })

  it('fails for a lost or stolen device', async () => {
    const filed = await carol.json('POST', '/users/3/account_registration_requests', {
      account_registration_request: { ...valid(), device_esn: sandbox.credentials.lost_or_stolen_esns.at(-1) },
    })
    sandbox.clock.advance(2000)
    const done = (await carol.get(`/account_registration_requests/${filed.body.account_registration_request.id}`)).body.account_registration_request
    expect(done).toMatchObject({ completed: true, successful: false, error_message: expect.stringMatching(/lost or stolen/) })
    expect(done.account_id).toBeUndefined()
  })

  it.each([
    [{ name: 'x'.repeat(51) }, 'name'],
    [{ name: '   ' }, 'name'],
    [{ billing_plan_id: 999 }, 'billing_plan_id'],
    [{ billing_plan_id: 'abc' }, 'billing_plan_id'],
    [{ credit_card_id: 301 }, 'credit_card_id'],
    [{ credit_card_id: 999 }, 'credit_card_id'],
    [{ device_esn: 'Z1' }, 'device_esn'],
    [{ device_iccid: '8901260000000000000' }, 'device_iccid'],
  ])('422 for %j', async (override, field) => {
    const before = (await carol.get('/accounts')).body.accounts.length
    const answer = await carol.json('POST', '/users/3/account_registration_requests', { account_registration_request: { ...valid(), ...override } })
    expect(answer.status).toBe(422)
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual([field])
    sandbox.clock.advance(2000)
    expect((await carol.get('/accounts')).body.accounts.length).toBe(before)
  })

  it.each(['name', 'billing_plan_id', 'device_esn', 'credit_card_id'])('400 without %s', async (field) => {
    const fields: Record<string, unknown> = valid()
    delete fields[field]
    const answer = await carol.json('POST', '/users/3/account_registration_requests', { account_registration_request: fields })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ status: '400', error: 'Bad Request', message: `param is missing or the value is empty: ${field}` })
  })

  it('one unfinished registration per device', async () => {
    const fields = valid()
    expect((await carol.json('POST', '/users/3/account_registration_requests', { account_registration_request: fields })).status).toBe(201)
    const again = await carol.json('POST', '/users/3/account_registration_requests', { account_registration_request: fields })
    expect(again.status).toBe(422)
    expect(again.body.errors[0].code).toBe('pending')
    sandbox.clock.advance(2000)
  })

  it('404 when filing for another user', async () => {
    expect((await alice.json('POST', '/users/3/account_registration_requests', { account_registration_request: valid() })).status).toBe(404)
  })
})
