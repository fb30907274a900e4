import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listEnforcedCarrierServices } from '@ringplus/accounts'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

let fx: Fixture
beforeAll(async () => {
  fx = await openFixture()
})
afterAll(() => fx?.stop())

describe('listEnforcedCarrierServices', () => {
  it('lists the services enforced on an account', async () => {
    const services = await listEnforcedCarrierServices(fx.clientFor(fx.userA), { account_id: fx.userA.account_ids[0]! })
    expect(services.length).toBeGreaterThan(0)
    for (const service of services) {
      expect(service).toMatchObject({
        id: expect.any(Number),
        name: expect.any(String),
        code: expect.any(String),
        description: expect.any(String),
      })
      expect(service.enforced_on).toBeInstanceOf(Date)
    }
  })

  it('pages, also through paginate', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const all = await listEnforcedCarrierServices(client, { account_id, per_page: 100 })
    const first = await listEnforcedCarrierServices(client, { account_id, per_page: 1 })
    expect(first).toHaveLength(1)
    expect(first.pagination.totalCount).toBe(all.length)
    const ids: number[] = []
    for await (const service of paginate(client, listEnforcedCarrierServices, { account_id, per_page: 1 })) {
      ids.push(service.id)
    }
    expect(ids).toEqual(all.map((service) => service.id))
  })

  it('answers 404 for another user’s account', async () => {
    await expect(
      listEnforcedCarrierServices(fx.clientFor(fx.userB), { account_id: fx.userA.account_ids[0]! }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })

  it('needs the public scope', async () => {
    await expect(
      listEnforcedCarrierServices(fx.clientFor(fx.userA, 'voicemail'), { account_id: fx.userA.account_ids[0]! }),
    ).rejects.toSatisfy((error) => error instanceof PermissionError && error.scope === 'public')
  })

  it.each([[{}], [{ account_id: 0 }], [{ account_id: 1, per_page: 101 }], [{ account_id: 1, only_new: true }]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(listEnforcedCarrierServices(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
        ParameterValidationError,
      )
      expect(fx.requests()).toBe(before)
    },
  )
})
