import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  RequestFailedError,
  WaitForRequestTimeoutError,
  changeDevice,
  changePhoneNumber,
  isRequestFailedError,
  waitForRequest,
  type WaitForRequestState,
} from '@ringplus/requests'
import { freshEsn } from './devices'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

// A frozen sandbox clock: a request completes 3 s (sandbox time) after it was filed, and
// only when a test moves the clock.
let fx: Fixture
beforeAll(async () => {
  fx = await openFixture({ clock: 'manual', processingDelayMs: 3000 })
})
afterAll(() => fx?.stop())

describe('waitForRequest', () => {
  it('polls with backoff until the request completes, reporting each state', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const filed = await changeDevice(client, { account_id, device_esn: freshEsn() })
    const states: WaitForRequestState<'device_change'>[] = []
    const done = await waitForRequest(client, { kind: 'device_change', id: filed.id }, {
      interval: 2,
      backoff: 2,
      maxInterval: 8,
      onProgress: (state) => {
        states.push(state)
        fx.sandbox.clock.advance(1000)
      },
    })
    expect(done).toMatchObject({ id: filed.id, completed: true, successful: true, account_id })
    expect(states.length).toBeGreaterThanOrEqual(3)
    expect(states.map((state) => state.attempt)).toEqual(states.map((_, index) => index + 1))
    expect(states.every((state) => state.kind === 'device_change' && state.request.id === filed.id)).toBe(true)
    expect(states.slice(0, -1).every((state) => !state.request.completed)).toBe(true)
    expect(states.at(-1)!.request.completed).toBe(true)
    expect(states.at(-1)!.nextDelay).toBeUndefined()
    expect(states.slice(0, -1).map((state) => state.nextDelay)).toEqual([2, 4, 8, 8, 8, 8].slice(0, states.length - 1))
  })

  it('accepts the filed request spread into the reference', async () => {
    const client = fx.clientFor(fx.userB)
    const filed = await changePhoneNumber(client, { account_id: fx.userB.account_ids[0]! })
    fx.sandbox.clock.advance(3000)
    const done = await waitForRequest(client, { kind: 'phone_number_change', ...filed })
    expect(done).toMatchObject({ id: filed.id, completed: true, successful: true, phone_number: expect.any(String) })
  })

  it('rejects with RequestFailedError carrying error_message and the request', async () => {
    const client = fx.clientFor(fx.userA)
    const filed = await changeDevice(client, {
      account_id: fx.userA.account_ids[1]!,
      device_esn: fx.sandbox.credentials.lost_or_stolen_esns[0]!,
    })
    fx.sandbox.clock.advance(3000)
    const error = await waitForRequest(client, { kind: 'device_change', id: filed.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestFailedError)
    expect(isRequestFailedError(error)).toBe(true)
    expect(isRequestFailedError(new Error('x'))).toBe(false)
    const failed = error as RequestFailedError
    expect(failed.name).toBe('RequestFailedError')
    expect(failed.error_message).toEqual(expect.any(String))
    expect(failed.message).toBe(`Device change request ${filed.id} failed: ${failed.error_message}`)
    expect(failed.request).toMatchObject({ id: filed.id, completed: true, successful: false })
    expect(failed.toJSON()).toMatchObject({
      name: 'RequestFailedError',
      kind: 'device_change',
      request_id: filed.id,
      error_message: failed.error_message,
    })
  })

  it('gives up after timeout with the last state seen; the request goes on', async () => {
    const client = fx.clientFor(fx.userB)
    const filed = await changePhoneNumber(client, { account_id: fx.userB.account_ids[0]! })
    const before = fx.sandbox.traffic.count({ method: 'GET', path: '/phone_number_change_requests/{request_id}' })
    const error = await waitForRequest(client, { kind: 'phone_number_change', id: filed.id }, { timeout: 40, interval: 5 }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(WaitForRequestTimeoutError)
    expect(error).toMatchObject({ kind: 'phone_number_change', request_id: filed.id, timeout: 40 })
    expect((error as WaitForRequestTimeoutError).request).toMatchObject({ id: filed.id, completed: false })
    expect(fx.sandbox.traffic.count({ method: 'GET', path: '/phone_number_change_requests/{request_id}' })).toBeGreaterThan(before)
    fx.sandbox.clock.advance(3000)
    await expect(waitForRequest(client, { kind: 'phone_number_change', id: filed.id })).resolves.toMatchObject({
      successful: true,
    })
  })

  it('stops when the signal aborts, rejecting with its reason', async () => {
    const client = fx.clientFor(fx.userA)
    const filed = await changePhoneNumber(client, { account_id: fx.userA.account_ids[0]! })
    const controller = new AbortController()
    const reason = new Error('user left the page')
    let polls = 0
    const error = await waitForRequest(client, { kind: 'phone_number_change', id: filed.id }, {
      interval: 1,
      signal: controller.signal,
      onProgress: () => {
        polls += 1
        if (polls === 2) controller.abort(reason)
      },
    }).catch((e: unknown) => e)
    expect(error).toBe(reason)
    expect(polls).toBe(2)

    const before = fx.requests()
    await expect(
      waitForRequest(client, { kind: 'phone_number_change', id: filed.id }, { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason)
    expect(fx.requests()).toBe(before)
    fx.sandbox.clock.advance(3000)
  })

  it('passes look-up errors through', async () => {
    const filed = await changePhoneNumber(fx.clientFor(fx.userA), { account_id: fx.userA.account_ids[1]! })
    await expect(
      waitForRequest(fx.clientFor(fx.userB), { kind: 'phone_number_change', id: filed.id }),
    ).rejects.toBeInstanceOf(NotFoundError)
    fx.sandbox.clock.advance(3000)
  })

  it.each([
    [{ kind: 'sim_swap', id: 1 }, {}, 'kind'],
    [{ kind: 'device_change' }, {}, 'id'],
    [{ kind: 'device_change', id: 0 }, {}, 'id'],
    [{ kind: 'device_change', id: 1 }, { interval: -1 }, 'interval'],
    [{ kind: 'device_change', id: 1 }, { backoff: 0.5 }, 'backoff'],
    [{ kind: 'device_change', id: 1 }, { timeout: 0 }, 'timeout'],
  ])('rejects %o %o locally, sending nothing', async (ref, options, path) => {
    const before = fx.requests()
    const error = await waitForRequest(fx.clientFor(fx.userA), ref as never, options as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'waitForRequest', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
