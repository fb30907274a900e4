// GET /users, GET /users/{id}, PUT /users/{id}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, start, tokenFor } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.stop())

describe('GET /users and /users/{id}', () => {
  it('lists only the caller', async () => {
    const answer = await api(sandbox, tokenFor(sandbox, 1)).get('/users')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-total-count')).toBe('1')
    expect(answer.body.users).toHaveLength(1)
    const user = answer.body.users[0]
    expect(user).toEqual({
      id: 2,
      email: 'bob@example.com',
      registered_on: expect.stringMatching(/Z$/),
      shipping_addresses: [{ id: expect.any(Number), name: 'Bob Nguyen', line1: '905 Alder Street', city: 'Portland', state: 'OR', zip: '97205' }],
      accounts: [expect.objectContaining({ id: 13, user_id: 2 })],
    })
  })

  it('filters by email_address (any letter case)', async () => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    expect((await client.get('/users?email_address=ALICE%40example.com')).body.users).toHaveLength(1)
    expect((await client.get('/users?email_address=bob%40example.com')).body.users).toEqual([])
  })

  it('shows a user to themself only', async () => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    const me = await client.get('/users/1')
    expect(me.body.user.email).toBe('alice@example.com')
    expect(me.body.user.accounts).toHaveLength(2)
    expect((await client.get('/users/2')).status).toBe(404)
    expect((await client.get('/users/3')).status).toBe(404)
  })
})

describe('PUT /users/{id}', () => {
  it('changes the e-mail', async () => {
    const client = api(sandbox, tokenFor(sandbox, 2))
    expect((await client.json('PUT', '/users/3', { user: { email: 'carol.diaz@example.com' } })).status).toBe(204)
    expect((await client.get('/users/3')).body.user.email).toBe('carol.diaz@example.com')
    expect((await client.form('PUT', '/users/3', 'user%5Bemail%5D=carol%40example.com')).status).toBe(204)
  })

  it.each([
    [{ email: 'not-an-email' }, { code: 'invalid', field: 'email', message: 'is invalid' }],
    [{ email: '' }, { code: 'blank', field: 'email', message: "can't be blank" }],
    [{ email: 'BOB@example.com' }, { code: 'taken', field: 'email', message: 'has already been taken' }],
    [{ password: 'short' }, { code: 'too_short', field: 'password', message: 'is too short (minimum is 8 characters)' }],
    [{ password: 'x'.repeat(129) }, { code: 'too_long', field: 'password', message: 'is too long (maximum is 128 characters)' }],
  ])('422 for %j, and nothing changes', async (user, error) => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    const answer = await client.json('PUT', '/users/1', { user })
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [error] })
    expect((await client.get('/users/1')).body.user.email).toBe('alice@example.com')
  })

  it('reports every invalid field at once', async () => {
    const answer = await api(sandbox, tokenFor(sandbox, 0)).json('PUT', '/users/1', { user: { email: 'x', password: 'y' } })
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['email', 'password'])
  })

  it('keeping one’s own e-mail is not "taken"', async () => {
    expect((await api(sandbox, tokenFor(sandbox, 0)).json('PUT', '/users/1', { user: { email: 'Alice@example.com' } })).status).toBe(204)
    expect((await api(sandbox, tokenFor(sandbox, 0)).json('PUT', '/users/1', { user: { email: 'alice@example.com' } })).status).toBe(204)
  })

  it('400 without the user parameter; 404 for another user', async () => {
    const client = api(sandbox, tokenFor(sandbox, 0))
    expect((await client.json('PUT', '/users/1', {})).body).toEqual({ status: '400', error: 'Bad Request', message: 'param is missing or the value is empty: user' })
    expect((await client.json('PUT', '/users/2', { user: { email: 'mine@example.com' } })).status).toBe(404)
    expect((await api(sandbox, tokenFor(sandbox, 1)).get('/users/2')).body.user.email).toBe('bob@example.com')
  })
})
