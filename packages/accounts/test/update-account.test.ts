import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAccount, updateAccount } from '@ringplus/accounts'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('updateAccount', () => {
  it('renames the account and resolves to undefined on 204', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    await expect(updateAccount(client, { account_id, name: 'Work phone' })).resolves.toBeUndefined()
    expect((await getAccount(client, { account_id })).name).toBe('Work phone')
  })

  it('sends PUT /accounts/{id} with {"account":{"name"}} and no id in the body', async () => {
    const server = await startCaptureServer(204)
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await updateAccount(client, { account_id: 42, name: 'Steve' })
      expect(server.requests).toHaveLength(1)
      const [request] = server.requests
      expect(request).toMatchObject({ method: 'PUT', url: '/accounts/42' })
      expect(request!.headers['content-type']).toMatch(/^application\/json/)
      expect(JSON.parse(request!.body)).toEqual({ account: { name: 'Steve' } })
    } finally {
      await server.close()
    }
  })

  it('needs the manage scope', async () => {
    const error = await updateAccount(fx.clientFor(fx.userA, 'public'), {
      account_id: fx.userA.account_ids[0]!,
      name: 'Nope',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ status: 403, scope: 'manage' })
  })

  it('answers 404 for another user’s account', async () => {
    const error = await updateAccount(fx.clientFor(fx.userB), { account_id: fx.userA.account_ids[0]!, name: 'Mine' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NotFoundError)
  })

  it.each([
    [{ account_id: 1 }, 'name'],
    [{ account_id: 1, name: '' }, 'name'],
    [{ name: 'x' }, 'account_id'],
    [{ account_id: -4, name: 'x' }, 'account_id'],
    [{ account_id: 1, name: 'x', nickname: 'y' }, 'nickname'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const before = fx.requests()
    const error = await updateAccount(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'updateAccount', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
