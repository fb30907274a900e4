import { inspect } from 'node:util'
import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, ValidationError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getUser, updateUser } from '@ringplus/accounts'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('updateUser', () => {
  it('changes the e-mail address and resolves to undefined on 204', async () => {
    const client = fx.clientFor(fx.userB)
    await expect(updateUser(client, { user_id: fx.userB.id, email: 'bob.new@example.com' })).resolves.toBeUndefined()
    expect((await getUser(client, { user_id: fx.userB.id })).email).toBe('bob.new@example.com')
    await updateUser(client, { user_id: fx.userB.id, email: fx.userB.email }) // the fixture issues tokens by address
    expect((await getUser(client, { user_id: fx.userB.id })).email).toBe(fx.userB.email)
  })

  it('changes the password', async () => {
    await expect(
      updateUser(fx.clientFor(fx.userC), { user_id: fx.userC.id, password: 'a much longer new password' }),
    ).resolves.toBeUndefined()
  })

  it('sends PUT /users/{id} with {"user":{...}}: only the fields given, no id in the body', async () => {
    const server = await startCaptureServer(204)
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await updateUser(client, { user_id: 7, password: 'correct horse battery' })
      await updateUser(client, { user_id: 7, email: 'x@example.com', password: 'correct horse battery' })
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['PUT /users/7', 'PUT /users/7'])
      expect(JSON.parse(server.requests[0]!.body)).toEqual({ user: { password: 'correct horse battery' } })
      expect(JSON.parse(server.requests[1]!.body)).toEqual({ user: { email: 'x@example.com', password: 'correct horse battery' } })
    } finally {
      await server.close()
    }
  })

  it('reports the API’s 422 without leaking the password', async () => {
    const error = await updateUser(fx.clientFor(fx.userA), { user_id: fx.userA.id, password: 'Zq9#' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors.map((issue) => issue.field)).toContain('password')
    const shown = [(error as Error).message, JSON.stringify(error), inspect(error)].join('\n')
    expect(shown).not.toContain('Zq9#')
  })

  it('refuses an address another user has (422)', async () => {
    const error = await updateUser(fx.clientFor(fx.userA), { user_id: fx.userA.id, email: fx.userC.email }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors.map((issue) => issue.field)).toContain('email')
  })

  it('needs the manage scope', async () => {
    const error = await updateUser(fx.clientFor(fx.userA, 'public voicemail request'), {
      user_id: fx.userA.id,
      email: 'a.new@example.com',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ scope: 'manage' })
  })

  it('answers 404 for another user', async () => {
    await expect(
      updateUser(fx.clientFor(fx.userB), { user_id: fx.userA.id, email: 'takeover@example.com' }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it.each([
    [{ user_id: 1 }, ''],
    [{ user_id: 1, email: '' }, 'email'],
    [{ user_id: 1, password: 12345678901234 }, 'password'],
    [{ email: 'x@example.com' }, 'user_id'],
    [{ user_id: 1, pasword: 'typo in the key' }, 'pasword'],
  ])('rejects %o locally, sending nothing and quoting no value', async (params, path) => {
    const before = fx.requests()
    const error = await updateUser(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect((error as ParameterValidationError).issues.map((issue) => issue.path)).toContain(path)
    const shown = [(error as Error).message, JSON.stringify(error), inspect(error)].join('\n')
    expect(shown).not.toContain('12345678901234')
    expect(shown).not.toContain('typo in the key')
    expect(fx.requests()).toBe(before)
  })
})
