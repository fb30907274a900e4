import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changePhoneNumber, waitForRequest } from '@ringplus/requests'
import { accountDetail } from '../../../tooling/test-utils/account-detail'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('changePhoneNumber', () => {
  it('assigns a new number once the request completes', async () => {
    const client = fx.clientFor(fx.userB)
    const account_id = fx.userB.account_ids[0]!
    const before = await accountDetail(client, account_id)
    const request = await changePhoneNumber(client, { account_id })
    expect(request).toMatchObject({ id: expect.any(Number), completed: false })
    const done = await waitForRequest(client, { kind: 'phone_number_change', id: request.id }, { interval: 5 })
    expect(done).toMatchObject({ completed: true, successful: true, account_id })
    expect(done.phone_number).toEqual(expect.any(String))
    expect(done.phone_number).not.toBe(before.phone_number)
    expect((await accountDetail(client, account_id)).phone_number).toBe(done.phone_number)
  })

  it('sends a POST with the account id only in the path', async () => {
    const server = await startCaptureServer(201, {
      phone_number_change_request: { id: 3, requested_on: '2016-09-30T17:04:05Z', completed: false, successful: false, account_id: 11 },
    })
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      const request = await changePhoneNumber(client, { account_id: 11 })
      expect(request.id).toBe(3)
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /accounts/11/phone_number_change_requests'])
      expect(server.requests[0]!.body).not.toContain('11')
    } finally {
      await server.close()
    }
  })

  it('needs the request scope', async () => {
    await expect(
      changePhoneNumber(fx.clientFor(fx.userA, 'public manage'), { account_id: fx.userA.account_ids[0]! }),
    ).rejects.toSatisfy((error) => error instanceof PermissionError && error.scope === 'request')
  })

  it('answers 404 for another user’s account', async () => {
    await expect(changePhoneNumber(fx.clientFor(fx.userC), { account_id: fx.userA.account_ids[0]! })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it.each([[{}], [{ account_id: 0 }], [{ account_id: 1, phone_number: '5551234567' }]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(changePhoneNumber(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
        ParameterValidationError,
      )
      expect(fx.requests()).toBe(before)
    },
  )
})
