import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeDevice, getDeviceChangeRequest } from '@ringplus/requests'
import { freshEsn } from './devices'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ clock: 'manual', processingDelayMs: 1000 })
})
afterAll(() => fx?.stop())

describe('getDeviceChangeRequest', () => {
  it('reads the request as it moves from pending to completed on the sandbox clock', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const device_esn = freshEsn()
    const filed = await changeDevice(client, { account_id, device_esn })
    const pending = await getDeviceChangeRequest(client, { request_id: filed.id })
    expect(pending).toMatchObject({ id: filed.id, completed: false, account_id, device_esn })
    expect(pending.requested_on).toBeInstanceOf(Date)
    fx.sandbox.clock.advance(1000)
    const done = await getDeviceChangeRequest(client, { request_id: filed.id })
    expect(done).toMatchObject({ id: filed.id, completed: true, successful: true })
  })

  it('answers 404 for another user’s request and for an unknown id', async () => {
    const filed = await changeDevice(fx.clientFor(fx.userA), { account_id: fx.userA.account_ids[1]!, device_esn: freshEsn() })
    const error = await getDeviceChangeRequest(fx.clientFor(fx.userB), { request_id: filed.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain(`/device_change_requests/${filed.id}`)
    await expect(getDeviceChangeRequest(fx.clientFor(fx.userA), { request_id: 987_654_321 })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('needs the public scope', async () => {
    await expect(getDeviceChangeRequest(fx.clientFor(fx.userA, 'request'), { request_id: 1 })).rejects.toSatisfy(
      (error) => error instanceof PermissionError && error.scope === 'public',
    )
  })

  it.each([[{}], [{ request_id: 0 }], [{ request_id: '1' }], [{ id: 1 }]])('rejects %o locally, sending nothing', async (params) => {
    const before = fx.requests()
    await expect(getDeviceChangeRequest(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
      ParameterValidationError,
    )
    expect(fx.requests()).toBe(before)
  })
})
