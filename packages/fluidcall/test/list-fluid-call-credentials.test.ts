import { inspect } from 'node:util'
import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, RateLimitError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listFluidCallCredentials } from '@ringplus/fluidcall'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('listFluidCallCredentials', () => {
  it('lists credentials with readable passwords', async () => {
    const account_id = fx.userA.account_ids[0]!
    const credentials = await listFluidCallCredentials(fx.clientFor(fx.userA), { account_id })
    expect(credentials.length).toBeGreaterThan(0)
    for (const credential of credentials) {
      expect(credential).toMatchObject({
        id: expect.any(Number),
        account_id,
        username: expect.any(String),
        sip_host: expect.any(String),
      })
      expect(typeof credential.password).toBe('string')
      expect(credential.password.length).toBeGreaterThan(0)
      expect(credential.created_at).toBeInstanceOf(Date)
      expect(credential.updated_at).toBeInstanceOf(Date)
    }
  })

  it('keeps passwords out of JSON.stringify and util.inspect', async () => {
    const credentials = await listFluidCallCredentials(fx.clientFor(fx.userA), { account_id: fx.userA.account_ids[0]! })
    const [credential] = credentials
    const { password } = credential!
    expect(JSON.stringify(credential)).not.toContain(password)
    expect(inspect(credential)).not.toContain(password)
    expect(JSON.stringify(credentials)).not.toContain(password)
    expect(inspect(credentials, { depth: 5 })).not.toContain(password)
    expect(JSON.stringify(credential)).toContain(credential!.username)
  })

  it('pages, also through paginate', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const all = await listFluidCallCredentials(client, { account_id, per_page: 100 })
    const first = await listFluidCallCredentials(client, { account_id, per_page: 1 })
    expect(first).toHaveLength(1)
    expect(first.pagination.totalCount).toBe(all.length)
    const ids: number[] = []
    for await (const credential of paginate(client, listFluidCallCredentials, { account_id, per_page: 1 })) {
      ids.push(credential.id)
    }
    expect(ids).toEqual(all.map((credential) => credential.id))
  })

  it('answers 404 for another user’s account', async () => {
    const error = await listFluidCallCredentials(fx.clientFor(fx.userB), { account_id: fx.userA.account_ids[0]! }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain(`/accounts/${fx.userA.account_ids[0]}/fluidcall_credentials`)
  })

  it('needs the public scope', async () => {
    await expect(
      listFluidCallCredentials(fx.clientFor(fx.userA, 'voicemail'), { account_id: fx.userA.account_ids[0]! }),
    ).rejects.toSatisfy((error) => error instanceof PermissionError && error.scope === 'public')
  })

  it.each([
    [{}, 'account_id'],
    [{ account_id: 0 }, 'account_id'],
    [{ account_id: 1, per_page: 0 }, 'per_page'],
    [{ account_id: 1, page: '2' }, 'page'],
    [{ account_id: 1, username: 'x' }, 'username'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const before = fx.requests()
    const error = await listFluidCallCredentials(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'listFluidCallCredentials', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})

describe('listFluidCallCredentials under a rate limit', () => {
  let limited: Fixture
  beforeAll(async () => {
    limited = await openFixture({ rateLimit: { requests: 2, windowSeconds: 1 } })
  })
  afterAll(() => limited?.stop())

  it('fails with RateLimitError by default and waits with waitOnRateLimit', async () => {
    const account_id = limited.userA.account_ids[0]!
    const plain = limited.clientFor(limited.userA)
    for (let i = 0; i < 2; i++) await listFluidCallCredentials(plain, { account_id })
    await expect(listFluidCallCredentials(plain, { account_id })).rejects.toBeInstanceOf(RateLimitError)
    let notices = 0
    const patient = limited.clientFor(limited.userA, undefined, { waitOnRateLimit: true, onRateLimit: () => void notices++ })
    for (let i = 0; i < 4; i++) expect((await listFluidCallCredentials(patient, { account_id })).length).toBeGreaterThan(0)
    expect(notices).toBeGreaterThan(0)
  })
})
