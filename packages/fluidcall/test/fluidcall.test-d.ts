import type { FluidCallCredential } from '@ringplus/models'
import { paginate, type Page, type RingPlusClient } from '@ringplus/transport'
import { describe, expectTypeOf, it } from 'vitest'
import { listFluidCallCredentials } from '@ringplus/fluidcall'

declare const client: RingPlusClient

describe('fluidcall types', () => {
  it('pins the result type', () => {
    expectTypeOf(listFluidCallCredentials(client, { account_id: 1 })).resolves.toEqualTypeOf<Page<FluidCallCredential>>()
    expectTypeOf<FluidCallCredential['password']>().toEqualTypeOf<string>()
    expectTypeOf(paginate(client, listFluidCallCredentials, { account_id: 1 })).toExtend<AsyncIterable<FluidCallCredential>>()
  })
})
