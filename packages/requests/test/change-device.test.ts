import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, ValidationError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RequestFailedError, changeDevice, getDeviceChangeRequest, waitForRequest } from '@ringplus/requests'
import { accountDetail } from '../../../tooling/test-utils/account-detail'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { freshEsn, freshIccid } from './devices'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('changeDevice', () => {
  it('moves the line to the new device once the request completes', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const device_esn = freshEsn()
    const device_iccid = freshIccid()
    const request = await changeDevice(client, { account_id, device_esn, device_iccid })
    expect(request).toMatchObject({ id: expect.any(Number), completed: false, device_esn, device_iccid })
    expect(request.requested_on).toBeInstanceOf(Date)

    const done = await waitForRequest(client, { kind: 'device_change', id: request.id }, { interval: 5 })
    expect(done).toMatchObject({ id: request.id, completed: true, successful: true, account_id })
    expect(done.error_message).toBeUndefined()
    const account = await accountDetail(client, account_id)
    expect(account.active_device.esn.toUpperCase()).toBe(device_esn.toUpperCase())
    expect(account.active_device.iccid).toBe(device_iccid)
  })

  it('fails for a lost or stolen ESN, with the reason', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[1]!
    const device_esn = fx.sandbox.credentials.lost_or_stolen_esns[0]!
    const before = await accountDetail(client, account_id)
    const request = await changeDevice(client, { account_id, device_esn })
    const error = await waitForRequest(client, { kind: 'device_change', id: request.id }, { interval: 5 }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RequestFailedError)
    const failed = error as RequestFailedError
    expect(failed).toMatchObject({ kind: 'device_change', request_id: request.id })
    expect(failed.error_message).toEqual(expect.any(String))
    expect(failed.message).toContain(failed.error_message!)
    expect(failed.request).toMatchObject({ id: request.id, completed: true, successful: false })
    expect((await getDeviceChangeRequest(client, { request_id: request.id })).successful).toBe(false)
    expect((await accountDetail(client, account_id)).active_device.esn).toBe(before.active_device.esn)
  })

  it('fails for an ESN active on another line', async () => {
    const client = fx.clientFor(fx.userA)
    const other = await accountDetail(fx.clientFor(fx.userB), fx.userB.account_ids[0]!)
    const request = await changeDevice(client, { account_id: fx.userA.account_ids[1]!, device_esn: other.active_device.esn })
    await expect(waitForRequest(client, { kind: 'device_change', id: request.id }, { interval: 5 })).rejects.toBeInstanceOf(
      RequestFailedError,
    )
  })

  it('sends {"device_change_request":{...}} with the account id only in the path', async () => {
    const server = await startCaptureServer(201, {
      device_change_request: { id: 8, requested_on: '2016-09-30T17:04:05Z', completed: false, successful: false, account_id: 11, device_esn: 'A1B2C3D4' },
    })
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await changeDevice(client, { account_id: 11, device_esn: 'A1B2C3D4' })
      await changeDevice(client, { account_id: 11, device_esn: 'A1B2C3D4', device_iccid: '8901260123456789011' })
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
        'POST /accounts/11/device_change_requests',
        'POST /accounts/11/device_change_requests',
      ])
      expect(JSON.parse(server.requests[0]!.body)).toEqual({ device_change_request: { device_esn: 'A1B2C3D4' } })
      expect(JSON.parse(server.requests[1]!.body)).toEqual({
        device_change_request: { device_esn: 'A1B2C3D4', device_iccid: '8901260123456789011' },
      })
    } finally {
      await server.close()
    }
  })

  it('needs the request scope', async () => {
    const error = await changeDevice(fx.clientFor(fx.userA, 'public'), {
      account_id: fx.userA.account_ids[0]!,
      device_esn: freshEsn(),
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ scope: 'request' })
  })

  it('answers 404 for another user’s account', async () => {
    await expect(
      changeDevice(fx.clientFor(fx.userB), { account_id: fx.userA.account_ids[0]!, device_esn: freshEsn() }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('refuses a second unfinished device change on the same line (422)', async () => {
    const slow = await openFixture({ clock: 'manual', processingDelayMs: 60_000 })
    try {
      const client = slow.clientFor(slow.userB)
      const account_id = slow.userB.account_ids[0]!
      await changeDevice(client, { account_id, device_esn: freshEsn() })
      await expect(changeDevice(client, { account_id, device_esn: freshEsn() })).rejects.toBeInstanceOf(ValidationError)
    } finally {
      await slow.stop()
    }
  })

  it.each([
    [{ account_id: 1 }, 'device_esn'],
    [{ account_id: 1, device_esn: 'A1B2C3D' }, 'device_esn'],
    [{ account_id: 1, device_esn: 'A1B2C3D4E5F6A' }, 'device_esn'],
    [{ account_id: 1, device_esn: 12345678 }, 'device_esn'],
    [{ account_id: 1, device_esn: 'A1B2C3D4', device_iccid: '890126012345678901' }, 'device_iccid'],
    [{ account_id: 1, device_esn: 'A1B2C3D4', device_iccid: '8901260123456789010' }, 'device_iccid'],
    [{ device_esn: 'A1B2C3D4' }, 'account_id'],
    [{ account_id: 1, device_esn: 'A1B2C3D4', esn: 'A1B2C3D4' }, 'esn'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const before = fx.requests()
    const error = await changeDevice(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'changeDevice', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
